using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>A participant's cap on one side of an item, in money for this year.</summary>
/// <param name="Amount">The cap in money: the stated amount, or the rate × the participant's contract value rounded to the penny.</param>
/// <param name="Basis">The contract value a rate applied to; null for a cap stated in money.</param>
internal sealed record ResolvedCap(ParticipantCap Cap, Money Amount, Money? Basis)
{
    /// <summary>e.g. "£200,000.00 (1% of contract value)" or "£50,000.00".</summary>
    public string Describe() => Cap.Limit.Bound.Rate is { } rate
        ? $"{Amount} ({rate} of contract value)"
        : Amount.ToString();
}
