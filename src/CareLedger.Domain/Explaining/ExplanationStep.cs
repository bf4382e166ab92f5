namespace CareLedger.Domain.Explaining;

/// <summary>An intermediate value on the way to an amount, e.g. "savings rate = 562,500.00 ÷ 62,500,000.00" → "0.9%".</summary>
public sealed record ExplanationStep(string Description, ExplainedValue Value);
