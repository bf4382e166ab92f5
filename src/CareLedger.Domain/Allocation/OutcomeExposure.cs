namespace CareLedger.Domain.Allocation;

/// <summary>
/// How much of a provider's outcome pot is at risk in a year. The pot is split over the year's quarters (by covered
/// months, largest remainder); each quarter's part × its at-risk share is rounded to the penny. When the phase is
/// not applied, that amount is measured, not at risk: the pot is paid in full and nothing is at risk.
/// </summary>
public sealed record OutcomeExposure(bool Applied, IReadOnlyList<QuarterExposure> Quarters, SourceRef? Source)
{
    /// <summary>What the provider can lose on the scores this year; nothing in a year measured, not applied.</summary>
    public Money AtRisk => Money.Sum(Quarters.Select(quarter => quarter.AtRisk), Quarters[0].Pot.Currency);

    /// <summary>In a year measured, not applied: the amount the scores are measured against, none of it at risk.</summary>
    public Money Measured => Money.Sum(Quarters.Select(quarter => quarter.Measured), Quarters[0].Pot.Currency);

    public Money Pot => Money.Sum(Quarters.Select(quarter => quarter.Pot), Quarters[0].Pot.Currency);

    /// <summary>e.g. "100% measured (£662,500.00), not applied" ("100%, measured, not applied" for an empty pot), "25%, 50%, 75%, 100% by quarter" or "100%".</summary>
    public string Describe()
    {
        var shares = Quarters.Select(quarter => quarter.AtRiskShare).Distinct().ToArray();
        var atRisk = shares.Length == 1
            ? shares[0].ToString()
            : string.Join(", ", Quarters.Select(quarter => quarter.AtRiskShare.ToString())) + " by quarter";
        if (Applied)
        {
            return atRisk;
        }

        return Measured.IsZero ? $"{atRisk}, measured, not applied" : $"{atRisk} measured ({Measured}), not applied";
    }
}
