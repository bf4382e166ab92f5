using CareLedger.Domain.Allocation;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// One quarter of a provider's outcome pot: the part not at risk is always paid; the at-risk part earns its payout,
/// unless the phase is measured, not applied, when the whole quarter's pot is paid and the payout is only reported.
/// </summary>
internal sealed record QuarterOutcome(QuarterExposure Exposure, Scorecard Card, QuarterPayout Payout, bool Applied)
{
    public Money NotAtRisk => Exposure.Pot - Exposure.Exposed;

    public Money Paid => Applied ? NotAtRisk + Payout.AtRiskPaid : Exposure.Pot;
}
