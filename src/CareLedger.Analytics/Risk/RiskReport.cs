namespace CareLedger.Analytics.Risk;

/// <summary>
/// A risk model and how well it did on the held-out third of the population: AUROC against the baselines (age alone,
/// last year's admissions alone) and the ceiling (the generator's true risk), calibration by decile with its slope and
/// intercept, what the top 1%, 2% and 5% capture, and the risk tiers as cohorts.
/// </summary>
public sealed record RiskReport(
    int Seed,
    int People,
    int Trained,
    int HeldOut,
    double HeldOutRate,
    IReadOnlyList<(string Feature, double Coefficient)> Coefficients,
    int NewtonSteps,
    double ModelAuroc,
    double CeilingAuroc,
    double AgeAuroc,
    double PriorAuroc,
    double CalibrationSlope,
    double CalibrationIntercept,
    IReadOnlyList<CalibrationDecile> Deciles,
    IReadOnlyList<Capture> Captures,
    IReadOnlyList<RiskTier> Tiers);
