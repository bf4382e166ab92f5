namespace CareLedger.Simulation.Incentives;

/// <summary>
/// One lever's marginal effect over one range where it does not change: for <see cref="Party"/> (or <c>alliance</c>
/// for a finding about nobody in particular), moving the lever by one <see cref="Unit"/> anywhere from
/// <see cref="From"/> to <see cref="To"/> changes its own income by <see cref="Own"/> pounds (made of
/// <see cref="Elements"/>) and the alliance's (every provider's, prime's and sub-contractor's income together) by
/// <see cref="Alliance"/>. For an indicator the range is 0 (missed) to 1 (met) and the effect is of meeting it.
/// Effects are exact differences of settled pennies over one step (£100 for spend, divided back to £1), so a marginal
/// can differ by a penny from one unit to the next where the engine rounds; ranges join steps within two pence.
/// </summary>
public sealed record IncentiveFinding(
    string Kind,
    string Lever,
    string Party,
    string PartyName,
    decimal From,
    decimal To,
    string Unit,
    decimal Own,
    decimal Alliance,
    IReadOnlyDictionary<string, decimal> Elements,
    bool AtOperatingPoint,
    IncentiveFlag Flag,
    string Explanation);
