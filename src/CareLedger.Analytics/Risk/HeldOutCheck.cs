namespace CareLedger.Analytics.Risk;

/// <summary>
/// How a fitted risk model did on the people it never saw: how many it was fitted on and checked on, its coefficients,
/// its AUROC against the two simplest baselines (age alone, last year's emergency admissions alone), calibration by
/// decile with its slope and intercept, what the top 1%, 2% and 5% capture, and the held-out risk tiers.
/// </summary>
/// <param name="HeldOutRate">The share of the held-out people admitted in the year predicted.</param>
public sealed record HeldOutCheck(
    int Trained,
    int HeldOut,
    double HeldOutRate,
    IReadOnlyList<(string Feature, double Coefficient)> Coefficients,
    int NewtonSteps,
    double ModelAuroc,
    double AgeAuroc,
    double PriorAuroc,
    double CalibrationSlope,
    double CalibrationIntercept,
    IReadOnlyList<CalibrationDecile> Deciles,
    IReadOnlyList<Capture> Captures,
    IReadOnlyList<RiskTier> Tiers);
