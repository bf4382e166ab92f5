using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Scenarios;

/// <summary>
/// Reads a scenario file (docs/scenario-spec.md) for a contract, with the same located findings as a contract:
/// YAML slips, unknown keys with the nearest known one, values of the wrong unit, distributions whose parameters
/// cannot hold, references to parties, service lines, indicators and terms the contract does not define, and a
/// correlation matrix that is not a valid one, each at its file, line and column. All or nothing: the scenario comes
/// back only when nothing is an error.
/// </summary>
public static class ScenarioLoader
{
    public static LoadedScenario Load(Contract contract, string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(fileName, diagnostics, new SpecLocations(fileName)) { Currency = contract.Currency, Calendar = contract.Term.Calendar };
        var scenario = ScenarioYamlReader.Read(text, contract, context);
        var findings = diagnostics.InFileOrder([fileName]);
        return new LoadedScenario(diagnostics.HasErrors ? null : scenario, findings);
    }
}
