namespace CareLedger.Domain.Explaining;

/// <summary>
/// How an amount was derived: the rule, the formula in words, every input with its source, the intermediate
/// values, and the rounding applied. Every statement line can produce one.
/// </summary>
public sealed record Explanation(
    string Rule,
    string Formula,
    IReadOnlyList<ExplanationInput> Inputs,
    IReadOnlyList<ExplanationStep> Steps,
    string? Rounding,
    Money Result);
