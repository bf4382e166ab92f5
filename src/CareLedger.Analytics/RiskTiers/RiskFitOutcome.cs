namespace CareLedger.Analytics.RiskTiers;

/// <summary>A fitted model and its tiers, or why none could be fitted (what the workspace lacks, and what to do).</summary>
public sealed record RiskFitOutcome(WorkspaceRiskReport? Report, string? Problem)
{
    public bool Succeeded => Report is not null;
}
