using CareLedger.Application.Budgets;
using CareLedger.Application.Json;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;

namespace CareLedger.Application.Documents;

/// <summary>
/// A contract's budget as plain data: the baseline left out of scope, each year built step by step and allocated
/// to providers, the term's total and every problem found while computing.
/// </summary>
public sealed record BudgetDocument(
    Id<Contract> Contract,
    string Name,
    Currency Currency,
    string Rounding,
    ValueList<CellAmountDocument> OutOfScopeBaseline,
    ValueList<BudgetYearDocument> Years,
    Money TermTotal,
    ValueList<BudgetIssueDocument> Issues) : ICurrencyDocument
{
    public static BudgetDocument Of(BudgetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var contract = report.Contract;
        return new(
            contract.Id,
            contract.Name,
            contract.Currency,
            contract.Rounding.ToSpecName(),
            report.Plan.OutOfScopeBaseline.Select(cell => CellAmountDocument.Of(cell.Key, cell.Amount)).ToValueList(),
            report.Years.Select(BudgetYearDocument.Of).ToValueList(),
            report.Plan.TermTotal,
            report.Issues.Select(issue => new BudgetIssueDocument(issue.Year.Label, issue.Message, issue.Source)).ToValueList());
    }
}
