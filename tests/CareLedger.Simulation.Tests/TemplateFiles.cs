using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Specs;
using CareLedger.Specs.Scenarios;

namespace CareLedger.Simulation.Tests;

/// <summary>A shipped template's contract and scenario, read from the resources the command ships.</summary>
internal static class TemplateFiles
{
    public static string Text(string name)
    {
        using var stream = typeof(ContractLoader).Assembly.GetManifestResourceStream("CareLedger.Specs.Templates." + name)
            ?? throw new InvalidOperationException($"No template resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Contract Contract(string template)
    {
        var loaded = ContractLoader.Load(Text(template + ".yaml"), template + ".yaml");
        return loaded.CanComputeBudget ? loaded.Contract! : throw new InvalidOperationException(string.Join('\n', loaded.Errors));
    }

    public static Scenario Scenario(Contract contract, string text, string name = "test.scenario.yaml")
    {
        var loaded = ScenarioLoader.Load(contract, text, name);
        return loaded.Scenario ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
    }

    public static (Contract Contract, Scenario Scenario) Template(string template)
    {
        var contract = Contract(template);
        return (contract, Scenario(contract, Text(template + ".scenario.yaml"), template + ".scenario.yaml"));
    }
}
