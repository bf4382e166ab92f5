namespace CareLedger.Simulation.Results;

/// <summary>One party's simulated position: each contract year, then the whole term.</summary>
public sealed record PartyResult(string Party, string Name, IReadOnlyList<PartyYearResult> Years, PartyYearResult Term);
