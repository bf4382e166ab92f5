namespace CareLedger.Domain.Scenarios;

/// <summary>
/// One uncertain input of a scenario, drawn afresh for every simulated year. <see cref="Id"/> names it in the
/// correlation matrix and in results; it is the one written in the file, or the input's place (<c>activity[2].volume</c>).
/// </summary>
public sealed record ScenarioVariable(string Id, Distribution Distribution, SourceRef? Source = null);
