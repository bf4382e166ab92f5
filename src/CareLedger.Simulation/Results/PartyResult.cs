namespace CareLedger.Simulation.Results;

/// <summary>One party's simulated position: each contract year, then the whole term, and how the term's position was spread over the runs.</summary>
public sealed record PartyResult(string Party, string Name, IReadOnlyList<PartyYearResult> Years, PartyYearResult Term, PositionHistogram Position);
