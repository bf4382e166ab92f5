namespace CareLedger.Domain.SharedSavings;

/// <summary>
/// A band of actual cost as a percentage of target, and the share of the difference in that band borne by (for
/// costs above target) or returned to (below target) the payer. The US marketplace corridor: 103%–108% → 50%,
/// above 108% → 80%, mirrored below 97% and 92%.
/// </summary>
public sealed record CorridorBand(Percentage From, Percentage? To, Share PayerShare, SourceRef? Source = null);
