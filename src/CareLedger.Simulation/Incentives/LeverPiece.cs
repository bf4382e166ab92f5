namespace CareLedger.Simulation.Incentives;

/// <summary>
/// A range of a lever's positions over which its marginal effect is one: from <see cref="From"/> to <see cref="To"/>,
/// one step more changes each party's elements by <see cref="Marginal"/> on average (party × element, minor units a
/// step), and <see cref="Varies"/> says whether it drifted within the range (a share that moves with the lever).
/// </summary>
internal sealed record LeverPiece(long From, long To, decimal[] Marginal, bool Varies);
