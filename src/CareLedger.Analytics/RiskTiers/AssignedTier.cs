namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// A risk tier as assigned to a workspace's patients (scored on the latest year's activity, for the year to come): its
/// name, order (1 is the highest risk), how many patients and their mean predicted chance of an emergency admission.
/// </summary>
public sealed record AssignedTier(string Name, int Order, int People, double MeanPredicted);
