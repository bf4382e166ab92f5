namespace CareLedger.Domain.Explaining;

/// <summary>
/// How an amount was derived: the rule, the formula in words, every input with its source, the intermediate
/// values, and the rounding applied. Every statement line holds one. Plain data: two explanations are equal when
/// every part is.
/// </summary>
public sealed record Explanation(
    string Rule,
    string Formula,
    ValueList<ExplanationInput> Inputs,
    ValueList<ExplanationStep> Steps,
    string? Rounding,
    Money Result);
