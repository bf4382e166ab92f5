namespace CareLedger.Domain.SharedSavings;

public enum LossRateRule
{
    /// <summary>One fixed rate.</summary>
    Flat,

    /// <summary>1 − the final sharing rate, held between a floor and a ceiling (MSSP two-sided tracks).</summary>
    ComplementOfSharingRate,
}
