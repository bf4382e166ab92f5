using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// A risk/reward item's variance for one year, measured and ready to share: which side it falls on, how big it is,
/// what percent-of-plan bands are measured against, and who bears it before it is shared.
/// </summary>
/// <param name="Magnitude">The size of the variance: never negative, always a whole number of minor units.</param>
/// <param name="Plan">The base of percent-of-plan bands: the item's plan, the prime's fixed element, or Σ contract values.</param>
/// <param name="PlanWord">How the base is named in words, e.g. "plan" or "the fixed element".</param>
/// <param name="Word">How the variance is named on statements: over-spend, under-spend, surplus or deficit.</param>
/// <param name="Inputs">The figures the measure read (plan, actual rows, allocations), each with its source.</param>
/// <param name="Steps">The arithmetic from those figures to the magnitude, in words.</param>
internal sealed record MeasuredVariance(
    RiskRewardItem Item,
    VarianceSide Side,
    Money Magnitude,
    Money Plan,
    string PlanWord,
    Id<Party> FallsOn,
    string Word,
    IReadOnlyList<ExplanationInput> Inputs,
    IReadOnlyList<ExplanationStep> Steps)
{
    /// <summary>The side of the item the variance is shared on.</summary>
    public SharingSide SharingSide => Side == VarianceSide.Gain ? Item.Gain : Item.Loss;

    public string SideName => Side == VarianceSide.Gain ? "gain" : "loss";
}
