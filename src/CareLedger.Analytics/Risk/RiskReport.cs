namespace CareLedger.Analytics.Risk;

/// <summary>
/// A risk model fitted on two thirds of the synthetic population and checked on the other third (<see cref="Check"/>),
/// with the AUROC of the generator's true risk on the same people: the ceiling no model can beat.
/// </summary>
public sealed record RiskReport(int Seed, int People, double CeilingAuroc, HeldOutCheck Check);
