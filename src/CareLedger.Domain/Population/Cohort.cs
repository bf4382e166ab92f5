namespace CareLedger.Domain.Population;

/// <summary>A sub-population with its own budget line, e.g. the top 2% by risk.</summary>
public sealed record Cohort(Id<Cohort> Id, string Name, int Size, string? Description = null);
