namespace CareLedger.Domain.Settlement;

/// <summary>
/// One payment mechanism (fixed instalments, variable element, outcome element, risk/reward share, shared savings,
/// corridor, population tolerance). Each is small, reads the contract and actuals through the context, and records
/// statement lines with their explanations. The engine composes them.
/// </summary>
internal interface ISettlementRule
{
    /// <summary>Whether the rule has anything to settle in this kind of period (in-year or year-end).</summary>
    bool AppliesTo(SettlementContext context);

    void Settle(SettlementContext context);
}
