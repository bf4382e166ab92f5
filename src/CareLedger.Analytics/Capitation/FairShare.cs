using CareLedger.Domain;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// A place's fair share (target) of its ICB's budget by weighted capitation, and how far a current budget is from it.
/// </summary>
/// <param name="IcbBudget">The stated budget of the place's ICB (of its ICBs together, when it spans more than one).</param>
/// <param name="Component">The weighting the budget is shared by (the core services component unless stated).</param>
/// <param name="PracticeShares">The share of each of the place's practices; they add to <paramref name="Target"/> exactly.</param>
/// <param name="Target">The place's fair share: the sum of its practices' shares.</param>
/// <param name="Current">The place's current budget, when stated.</param>
/// <param name="Distance">Current − target: positive above target, negative below.</param>
/// <param name="DistancePercent">Distance ÷ target × 100, rounded to two decimal places for reading (NHS England's distance from target).</param>
public sealed record FairShare(
    Money IcbBudget,
    CapitationComponent Component,
    IReadOnlyList<PracticeShare> PracticeShares,
    Money Target,
    Money? Current,
    Money? Distance,
    decimal? DistancePercent);
