namespace CareLedger.Application.Contracts.Editing;

/// <summary>The weight of an outcome (or of one of its indicators) in a framework, as written (<c>7%</c>).</summary>
public sealed record EditableWeight(string FrameworkId, string Id, string Name, string Weight, bool IsIndicator);
