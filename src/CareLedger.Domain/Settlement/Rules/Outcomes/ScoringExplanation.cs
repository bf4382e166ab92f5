using CareLedger.Domain.Actuals;
using CareLedger.Domain.Explaining;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// The part of every provider's outcome explanation that is the same for all of them: the indicator results used
/// and each indicator's score, quarter by quarter. The alliance is scored once, so it is worded once and shared
/// (the inputs and steps are immutable): 40 providers on an 80-indicator framework would otherwise word the same
/// 400 results and scores 40 times.
/// </summary>
internal sealed class ScoringExplanation
{
    private ScoringExplanation(ValueList<ExplanationInput> results, ValueList<ExplanationStep> scores)
    {
        Results = results;
        Scores = scores;
    }

    /// <summary>Every result used, with its actuals source and evidence; a missing one says it scores 0%.</summary>
    public ValueList<ExplanationInput> Results { get; }

    /// <summary>Each indicator's score and the weighted score, period by period.</summary>
    public ValueList<ExplanationStep> Scores { get; }

    public static ScoringExplanation Of(OutcomeScores scores)
    {
        var results = new List<ExplanationInput>();
        var seen = new HashSet<IndicatorResult>(ReferenceEqualityComparer.Instance);
        foreach (var score in scores.Cards.SelectMany(card => card.Scores))
        {
            if (score.Result is not { } result)
            {
                results.Add(new ExplanationInput($"result: {score.Indicator.Id}, {score.Period.Label}", "none reported (scores 0%)", null));
            }
            else if (seen.Add(result))
            {
                results.Add(new ExplanationInput($"result: {score.Indicator.Id}, {result.Period.Label}", $"{Reported(result)}; evidence: {result.Evidence}", result.Source));
            }
        }

        var steps = new List<ExplanationStep>();
        foreach (var card in scores.Cards)
        {
            foreach (var score in card.Scores)
            {
                steps.Add(new ExplanationStep($"{card.Period.Label} score: {score.Indicator.Id} (weight {score.Indicator.Weight})", score.Working));
            }

            var relative = card.Weighted.WeightsAreWhole ? string.Empty : $" (weights total {card.Weighted.TotalWeight}: each counts as its weight ÷ {card.Weighted.TotalWeight})";
            steps.Add(new ExplanationStep($"{card.Period.Label} weighted score = Σ weight × score ÷ Σ weights{relative}", card.Weighted.Working));
        }

        return new ScoringExplanation(ValueList.From(results), ValueList.From(steps));
    }

    private static string Reported(IndicatorResult result) => result.Status switch
    {
        MilestoneStatus.Achieved => "achieved",
        MilestoneStatus.PartlyAchieved => "partly achieved",
        MilestoneStatus.NotAchieved => "not achieved",
        _ => result.Value is { } value ? ScoreText.Number(value) : "no status or value",
    };
}
