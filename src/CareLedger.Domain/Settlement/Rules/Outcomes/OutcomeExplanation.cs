using CareLedger.Domain.Actuals;
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

    public static Explanation For(ProviderOutcome outcome, RoundingRule rounding)
    {
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
        AddResults(builder, outcome);
        AddScores(builder, outcome);
        AddQuarters(builder, outcome);
        builder.Step("paid = Σ quarters", outcome.Paid);
        if (outcome.Applied && !outcome.Withheld.IsZero)
        {
            builder.Step("withheld = pot − paid", outcome.Withheld);
        }

        return builder.Rounded(outcome.Payout.Rounding(rounding)).Result(outcome.Paid);
    }

    private static void AddResults(ExplanationBuilder builder, ProviderOutcome outcome)
    {
        var seen = new HashSet<IndicatorResult>(ReferenceEqualityComparer.Instance);
        foreach (var score in outcome.Scores.Cards.SelectMany(card => card.Scores))
        {
            if (score.Result is not { } result)
            {
                builder.Input($"result: {score.Indicator.Id}, {score.Period.Label}", "none reported (scores 0%)");
            }
            else if (seen.Add(result))
            {
                builder.Input($"result: {score.Indicator.Id}, {result.Period.Label}", $"{Reported(result)}; evidence: {result.Evidence}", result.Source);
            }
        }
    }

    private static string Reported(IndicatorResult result) => result.Status switch
    {
        MilestoneStatus.Achieved => "achieved",
        MilestoneStatus.PartlyAchieved => "partly achieved",
        MilestoneStatus.NotAchieved => "not achieved",
        _ => result.Value is { } value ? ScoreText.Number(value) : "no status or value",
    };

    private static void AddScores(ExplanationBuilder builder, ProviderOutcome outcome)
    {
        foreach (var card in outcome.Scores.Cards)
        {
            foreach (var score in card.Scores)
            {
                builder.Step($"{card.Period.Label} score: {score.Indicator.Id} (weight {score.Indicator.Weight})", score.Working);
            }

            var relative = card.Weighted.WeightsAreWhole ? string.Empty : $" (weights total {card.Weighted.TotalWeight}: each counts as its weight ÷ {card.Weighted.TotalWeight})";
            builder.Step($"{card.Period.Label} weighted score = Σ weight × score ÷ Σ weights{relative}", card.Weighted.Working);
        }
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
