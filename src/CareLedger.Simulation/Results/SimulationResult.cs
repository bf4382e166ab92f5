namespace CareLedger.Simulation.Results;

/// <summary>A simulation's results: per party, per contract year and over the term.</summary>
public sealed record SimulationResult(
    string Contract,
    string Scenario,
    long Runs,
    ulong Seed,
    string Currency,
    IReadOnlyList<string> Years,
    IReadOnlyList<PartyResult> Parties);
