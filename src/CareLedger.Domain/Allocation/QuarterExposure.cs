using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>The outcome pot for one quarter and how much of it the scores decide: at risk, or only measured.</summary>
/// <param name="Exposed">The pot × the phase's at-risk share, rounded to the penny: what the scores decide when the phase is
/// applied, and what they are measured against (the pot being paid in full) when it is not.</param>
/// <param name="Applied">False in a phase that is measured, not applied.</param>
public sealed record QuarterExposure(ContractPeriod Quarter, Money Pot, Percentage AtRiskShare, Money Exposed, bool Applied)
{
    /// <summary>What the provider can lose on the scores: the exposed amount when applied, nothing when only measured.</summary>
    public Money AtRisk => Applied ? Exposed : Money.Zero(Pot.Currency);

    /// <summary>What is measured but not at risk: the exposed amount in a phase that is measured, not applied; else nothing.</summary>
    public Money Measured => Applied ? Money.Zero(Pot.Currency) : Exposed;
}
