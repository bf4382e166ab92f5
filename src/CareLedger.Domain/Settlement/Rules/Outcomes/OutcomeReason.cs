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
            return $"{prefix}, measured, not applied: scored {outcome.WeightedScoresShown}; paid in full";
        }

        // The payout words its own score (all-or-nothing sets it beside the threshold).
        var paid = outcome.Withheld.IsZero ? "paid in full" : $"at-risk {outcome.Withheld} withheld";
        return $"{prefix}: {outcome.Payout.Scored(outcome)} — {paid}";
    }
}
