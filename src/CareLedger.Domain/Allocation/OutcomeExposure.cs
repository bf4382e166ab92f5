namespace CareLedger.Domain.Allocation;

/// <summary>
/// How much of a provider's outcome pot is at risk in a year. The pot is split over the year's quarters (by covered
/// months, largest remainder); each quarter's part × its at-risk share is rounded to the penny. When the phase is
/// not applied, the amount is still shown but the pot is paid in full: measured, not applied.
/// </summary>
public sealed record OutcomeExposure(bool Applied, IReadOnlyList<QuarterExposure> Quarters, SourceRef? Source)
{
    public Money AtRisk => Money.Sum(Quarters.Select(quarter => quarter.AtRisk), Quarters[0].Pot.Currency);

    public Money Pot => Money.Sum(Quarters.Select(quarter => quarter.Pot), Quarters[0].Pot.Currency);

    /// <summary>e.g. "measured, not applied", "25%, 50%, 75%, 100% by quarter" or "100%".</summary>
    public string Describe()
    {
        var shares = Quarters.Select(quarter => quarter.AtRiskShare).Distinct().ToArray();
        var atRisk = shares.Length == 1
            ? shares[0].ToString()
            : string.Join(", ", Quarters.Select(quarter => quarter.AtRiskShare.ToString())) + " by quarter";
        return Applied ? atRisk : $"{atRisk}, measured, not applied";
    }
}
