using CareLedger.Domain.Explaining;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// Explains a provider's outcome line: the pot and framework from the contract terms, every indicator result used
/// (with its actuals source and evidence), each indicator's score, the weighted score, each quarter's payout with
/// its at-risk share, and where the money was rounded.
/// </summary>
internal static class OutcomeExplanation
{
    public const string Rule = "outcome";

    /// <param name="scoring">The results and scores, worded once for every provider (built here when not given).</param>
    public static Explanation For(ProviderOutcome outcome, RoundingRule rounding, ScoringExplanation? scoring = null)
    {
        scoring ??= ScoringExplanation.Of(outcome.Scores);
        var terms = outcome.Terms;
        var framework = outcome.Scores.Framework;
        var formula = outcome.Applied
            ? outcome.Payout.Formula
            : "measured, not applied: the whole pot is paid; the score is computed and reported";
        var builder = new ExplanationBuilder(Rule, formula)
            .Input("outcome pot", outcome.Provider.Outcome.Formula, outcome.Provider.Outcome.Source ?? terms.Source)
            .Input("outcomes framework", $"{framework.Id} ({framework.Name})", terms.Source)
            .Input("aggregation", outcome.Payout.Aggregation, terms.Source)
            .Input("phasing", outcome.Exposure.Describe(), outcome.Exposure.Source ?? terms.Source);
        builder.Inputs(scoring.Results).Steps(scoring.Scores);
        AddQuarters(builder, outcome);
        builder.Step("paid = Σ quarters", outcome.Paid);
        if (outcome.Applied && !outcome.Withheld.IsZero)
        {
            builder.Step("withheld = pot − paid", outcome.Withheld);
        }

        return builder.Rounded(outcome.Payout.Rounding(rounding)).Result(outcome.Paid);
    }

    private static void AddQuarters(ExplanationBuilder builder, ProviderOutcome outcome)
    {
        foreach (var quarter in outcome.Quarters)
        {
            var exposure = quarter.Exposure;
            var label = exposure.Quarter.Label;
            foreach (var slice in quarter.Payout.Slices)
            {
                builder.Step(
                    $"{label} slice: {slice.Score.Indicator.Id} (weight {slice.Score.Indicator.Weight}) {slice.Slice} × {ScoreText.Exact(slice.Score.Score)}",
                    slice.Paid);
            }

            var paid = quarter.Applied
                ? $"not at risk {quarter.NotAtRisk} + at risk paid {quarter.Payout.AtRiskPaid} = {quarter.Paid}"
                : $"measured, not applied: would have paid {quarter.Payout.AtRiskPaid} of the at-risk amount; paid in full {quarter.Paid}";
            builder.Step(
                exposure.Applied
                    ? $"{label}: pot {exposure.Pot}, at risk {exposure.AtRiskShare} = {exposure.Exposed}; {quarter.Payout.Working}"
                    : $"{label}: pot {exposure.Pot}, measured {exposure.AtRiskShare} = {exposure.Exposed}, not at risk; {quarter.Payout.Working}",
                paid);
        }
    }
}
