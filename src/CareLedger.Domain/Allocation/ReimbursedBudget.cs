using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// What a provider is planned to be paid at actual allowable cost under one set of cost-reimbursement terms in a
/// year: its budget on the reimbursed service lines, and the most it can be paid. Settlement pays the allowable
/// costs it reports, held at most <see cref="Cap"/>.
/// </summary>
/// <param name="ServiceLines">The provider's budgeted lines the terms reimburse (it may report costs on other lines in scope too).</param>
/// <param name="Planned">The provider's budget on those lines: taken out of its fixed element, and the basis of a cap given as a rate.</param>
/// <param name="Cap">The cap resolved to the penny: the stated amount, or the rate × <see cref="Planned"/>; null for no cap.</param>
public sealed record ReimbursedBudget(
    CostReimbursementTerms Terms,
    IReadOnlyList<Id<ServiceLine>> ServiceLines,
    Money Planned,
    Money? Cap)
{
    /// <summary>The cap as the bound settlement holds the year's reimbursement with (no collar: a cost is never negative).</summary>
    public CapAndCollar Bounds => new(Cap, null);
}
