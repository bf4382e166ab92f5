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
    /// <param name="alsoFor">
    /// Other contracts' ids the scenario may name in <c>contract:</c> and still be read against this one: contracts
    /// compared side by side share one scenario, written for any of them.
    /// </param>
    public static LoadedScenario Load(Contract contract, string text, string fileName, IReadOnlyCollection<string>? alsoFor = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(fileName, diagnostics, new SpecLocations(fileName)) { Currency = contract.Currency, Calendar = contract.Term.Calendar };
        var scenario = ScenarioYamlReader.Read(text, contract, context, alsoFor ?? []);
        var findings = diagnostics.InFileOrder([fileName]);
        return new LoadedScenario(diagnostics.HasErrors ? null : scenario, findings);
    }
}
