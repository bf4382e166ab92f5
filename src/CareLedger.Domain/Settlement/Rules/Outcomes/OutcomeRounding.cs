namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>The rounding words shared by the payouts that round once per quarter (all-or-nothing, proportional).</summary>
internal static class OutcomeRounding
{
    public static string OncePerQuarter(RoundingRule rounding) =>
        $"at risk × payout rounded to the penny once per quarter ({rounding.ToSpecName()}); the pot's quarters and at-risk amounts were rounded when the budget was allocated";
}
