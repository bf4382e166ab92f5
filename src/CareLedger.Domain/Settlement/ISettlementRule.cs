namespace CareLedger.Domain.Settlement;

/// <summary>
/// One payment mechanism (fixed instalments, variable element, outcome element, risk/reward share, shared savings,
/// corridor, population tolerance, cost reimbursement). Each is small, reads the contract and actuals through the
/// context, and records statement lines with their explanations. The engine runs the rules of a
/// <see cref="SettlementRules"/> composition in order; docs/settlement.md says how to add one.
/// </summary>
/// <remarks>
/// A rule is run once for the period being settled and, at year end, once more for each in-year period in
/// totals-only mode, to deduct what those statements paid. It must therefore depend only on the context: no state
/// kept between calls, no clock, no I/O.
/// </remarks>
public interface ISettlementRule
{
    /// <summary>Whether the rule has anything to settle in this kind of period (in-year or year-end).</summary>
    bool AppliesTo(SettlementContext context);

    /// <summary>Records the rule's lines (with reasons and explanations), notes and checks on the context.</summary>
    void Settle(SettlementContext context);
}
