namespace CareLedger.Analytics.Risk;

/// <summary>One tenth of the held-out people, by predicted risk: how many, the mean predicted risk and the share admitted.</summary>
public sealed record CalibrationDecile(int Decile, int People, double MeanPredicted, double Observed);
