namespace CareLedger.Specs.Reading;

/// <summary>A population file's text and name, read in place of a contract's own <c>population</c> section.</summary>
public sealed record PopulationSource(string Yaml, string FileName);
