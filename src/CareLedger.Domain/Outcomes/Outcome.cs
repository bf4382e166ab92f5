namespace CareLedger.Domain.Outcomes;

/// <summary>An outcome or domain with its headline weight; its indicators' weights should add up to it.</summary>
public sealed record Outcome(
    Id<Outcome> Id,
    string Name,
    Percentage Weight,
    IReadOnlyList<Indicator> Indicators,
    SourceRef? Source = null);
