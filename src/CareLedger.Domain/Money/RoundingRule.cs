namespace CareLedger.Domain;

/// <summary>
/// How an amount exactly halfway between two minor units is rounded. Amounts are only ever rounded
/// at named points (an adjustment step, an element share, an instalment); this says which way a tie goes.
/// </summary>
public enum RoundingRule
{
    /// <summary>Halves go away from zero: 0.125 → 0.13, −0.125 → −0.13. The usual rule in NHS finance.</summary>
    HalfUp,

    /// <summary>Halves go to the even neighbour (banker's rounding): 0.125 → 0.12, 0.135 → 0.14.</summary>
    HalfEven,
}

public static class RoundingRuleExtensions
{
    public static MidpointRounding ToMidpointRounding(this RoundingRule rule) => rule switch
    {
        RoundingRule.HalfUp => MidpointRounding.AwayFromZero,
        RoundingRule.HalfEven => MidpointRounding.ToEven,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rounding rule."),
    };

    /// <summary>The name used in contract files and explanations (<see cref="SpecWords.Rounding"/>).</summary>
    public static string ToSpecName(this RoundingRule rule) => SpecWords.Rounding.WordFor(rule);
}
