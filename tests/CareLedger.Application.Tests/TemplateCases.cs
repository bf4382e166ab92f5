using CareLedger.Application.Contracts;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Templates;

namespace CareLedger.Application.Tests;

/// <summary>Every template with its example actuals, opened through the services as any door would.</summary>
public static class TemplateCases
{
    public static TheoryData<string> Names() => [.. TemplateCatalog.All.Select(template => template.Name)];

    public static ContractTemplate Template(string name) => TemplateCatalog.Find(name) ?? throw new ArgumentException($"No template '{name}'.", nameof(name));

    public static SourceText ContractText(string name) => new(name + ".yaml", Template(name).Yaml);

    public static SourceText ActualsText(string name) => new(name + ".actuals.yaml", Template(name).ActualsYaml);

    public static Contract Contract(string name) =>
        new ContractService().Open(ContractText(name)).Value?.Contract ?? throw new InvalidOperationException($"Template '{name}' does not open.");

    public static ContractActuals Actuals(string name) =>
        new Actuals.ActualsService().Load(Contract(name), [ActualsText(name)]).Value ?? throw new InvalidOperationException($"Template '{name}' actuals do not load.");

    /// <summary>The example year, its first quarter and its first month.</summary>
    public static IEnumerable<string> Periods(string name)
    {
        var year = Template(name).ActualsYear;
        return [year, year + "-Q1", year + "-M01"];
    }
}
