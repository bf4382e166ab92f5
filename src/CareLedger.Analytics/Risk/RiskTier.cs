namespace CareLedger.Analytics.Risk;

/// <summary>
/// A cohort of held-out people by the model's predicted risk (top 1%, next 1% to 2%, 2% to 5%, the rest): its size, mean
/// predicted risk, observed share admitted, and next year's admissions and spend (exact pounds).
/// </summary>
public sealed record RiskTier(string Name, int People, double MeanPredicted, double Observed, int Admissions, decimal Spend);
