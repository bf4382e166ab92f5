namespace CareLedger.Domain.RiskReward;

/// <summary>The register of every initiative or cost the alliance might share, and the suspension clause.</summary>
public sealed record RiskRewardAccount(IReadOnlyList<RiskRewardItem> Items, SuspensionClause? Suspension);
