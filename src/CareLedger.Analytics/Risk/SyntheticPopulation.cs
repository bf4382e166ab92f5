namespace CareLedger.Analytics.Risk;

/// <summary>A generated population and the settings it was made with (so a report can say how to make it again).</summary>
public sealed record SyntheticPopulation(int Seed, int Practices, IReadOnlyList<SyntheticPerson> People);
