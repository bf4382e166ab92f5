namespace CareLedger.Simulation.Results;

/// <summary>A projection: the contract settled year by year under the scenario's central values, per party, with totals over the term.</summary>
public sealed record ProjectionResult(string Contract, string Scenario, string Currency, IReadOnlyList<string> Years, IReadOnlyList<ProjectedParty> Parties);
