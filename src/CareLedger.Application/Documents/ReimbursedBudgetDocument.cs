using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;

namespace CareLedger.Application.Documents;

/// <summary>
/// What a provider is planned to be paid at actual allowable cost under one set of cost-reimbursement terms in a
/// year: the terms, the reimbursed lines, the planned amount (taken out of the fixed element) and the cap (null: none).
/// </summary>
public sealed record ReimbursedBudgetDocument(Id<CostReimbursementTerms> Terms, ValueList<Id<ServiceLine>> ServiceLines, Money Planned, Money? Cap)
{
    public static ReimbursedBudgetDocument Of(ReimbursedBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return new(budget.Terms.Id, budget.ServiceLines.ToValueList(), budget.Planned, budget.Cap);
    }
}
