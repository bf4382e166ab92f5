namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// The one-line reason on a provider's outcome line, e.g. "Outcome element 1.8% of contract value: alliance scored
/// 100% against a 100% threshold — paid in full".
/// </summary>
internal static class OutcomeReason
{
    public static string For(ProviderOutcome outcome)
    {
        var element = outcome.Provider.Outcome;
        var prefix = element.Rate is { } rate
            ? $"Outcome element {rate} of contract value"
            : $"Outcome element {element.Amount}";
        if (!outcome.Applied)
        {
            return $"{prefix}, measured, not applied: scored {Scores(outcome, card => ScoreText.Percent(card.Weighted.Value))}; paid in full";
        }

        var paid = outcome.Withheld.IsZero ? "paid in full" : $"at-risk {outcome.Withheld} withheld";
        if (outcome.Payout is AllOrNothingPayout allOrNothing)
        {
            var scored = Scores(outcome, allOrNothing.ScoreBeside);
            return outcome.Scores.Cards.All(allOrNothing.Reached)
                ? $"{prefix}: alliance scored {scored} against a {allOrNothing.Threshold} threshold — {paid}"
                : $"{prefix}: alliance scored {scored} (threshold {allOrNothing.Threshold}) — {paid}";
        }

        return $"{prefix}: scored {Scores(outcome, card => ScoreText.Percent(card.Weighted.Value))} — {paid}";
    }

    /// <summary>One score, or one per quarter when the quarters scored differently: "50%, 62.5%, 75%, 100% by quarter".</summary>
    private static string Scores(ProviderOutcome outcome, Func<Scorecard, string> show)
    {
        var shown = outcome.Quarters.Select(quarter => show(quarter.Card)).ToArray();
        return shown.Distinct(StringComparer.Ordinal).Count() <= 1
            ? shown.FirstOrDefault() ?? show(outcome.Scores.Cards[0])
            : string.Join(", ", shown) + " by quarter";
    }
}
