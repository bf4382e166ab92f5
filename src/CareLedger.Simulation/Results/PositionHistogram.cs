namespace CareLedger.Simulation.Results;

/// <summary>
/// How a party's position over the term fell across the runs, for a chart: <see cref="Counts"/>[i] runs between
/// <see cref="Edges"/>[i] and <see cref="Edges"/>[i + 1] (pounds, to the penny; the last bar includes its upper edge).
/// The bars span the least to the greatest value exactly; within that they are regrouped from the simulation's 2,048
/// bins, so a run is placed to within one of those bins.
/// </summary>
/// <param name="Figure">What is counted: <c>surplus</c> where the scenario gives the party a cost, else <c>income</c>.</param>
public sealed record PositionHistogram(string Figure, IReadOnlyList<decimal> Edges, IReadOnlyList<long> Counts);
