using CareLedger.Domain.Scenarios;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Scenarios;

/// <summary>A scenario file after reading and checking against its contract: the scenario, or null when any finding is an error.</summary>
public sealed record LoadedScenario(Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);
}
