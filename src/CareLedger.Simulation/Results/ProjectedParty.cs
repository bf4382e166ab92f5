namespace CareLedger.Simulation.Results;

/// <summary>One party's projected statements: each year's, then the term's.</summary>
public sealed record ProjectedParty(string Party, string Name, IReadOnlyList<ProjectedYear> Years, ProjectedYear Term);
