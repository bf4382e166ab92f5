namespace CareLedger.Domain.Explaining;

/// <summary>One input to a computed amount: its name, its value, and where it came from (spec path or actuals row).</summary>
public sealed record ExplanationInput(string Name, ExplainedValue Value, SourceRef? Source);
