namespace CareLedger.Domain.RiskReward;

/// <summary>Principle 8: the share can be suspended in exceptional circumstances (e.g. a flu pandemic), as the members define them.</summary>
public sealed record SuspensionClause(string Definition, SuspensionDecision DecidedBy, bool PerItem, SourceRef? Source = null);
