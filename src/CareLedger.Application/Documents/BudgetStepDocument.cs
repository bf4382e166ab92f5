using CareLedger.Domain;
using CareLedger.Domain.Budgets;

namespace CareLedger.Application.Documents;

/// <summary>One visible step of a year's budget: the rule, its basis and rate, the exact and rounded change, each cell's share.</summary>
public sealed record BudgetStepDocument(
    string Name,
    string Rule,
    Percentage? Rate,
    Money Basis,
    decimal? Exact,
    Money Change,
    Money Moved,
    Money TotalAfter,
    SourceRef? Source,
    ValueList<CellAmountDocument> Cells)
{
    public static BudgetStepDocument Of(BudgetStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(
            step.Name,
            step.Rule,
            step.Rate,
            step.Basis,
            step.Exact,
            step.Change,
            step.Moved,
            step.TotalAfter,
            step.Source,
            step.CellChanges.Select(change => CellAmountDocument.Of(change.Key, change.Change)).ToValueList());
    }
}
