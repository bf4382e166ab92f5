using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>Loads inline actuals against a contract (Riverside unless told) and checks what was reported.</summary>
internal static class ActualsAssert
{
    public const string YamlFile = "actuals.yaml";

    public const string CsvFile = "table.csv";

    /// <summary>The first two lines of every YAML actuals file for Riverside; sections written after them start on line 3.</summary>
    public const string Header = "careledger_actuals: 1\ncontract: riverside\n";

    public static LoadedActuals Load(string text, string file = YamlFile, Contract? contract = null) =>
        ActualsLoader.Load(contract ?? ActualsContracts.Riverside, [(file, text)]);

    public static ContractActuals Clean(string text, string file = YamlFile, Contract? contract = null) =>
        Clean(Load(text, file, contract));

    public static ContractActuals Clean(LoadedActuals loaded)
    {
        Assert.True(loaded.Diagnostics.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", loaded.Diagnostics));
        Assert.NotNull(loaded.Actuals);
        return loaded.Actuals;
    }

    /// <summary>Asserts that the file's only problem is the one described (and that nothing was loaded), and returns it.</summary>
    public static Diagnostic Only(string text, string code, int line, int column, string phrase, string file = YamlFile, Contract? contract = null)
    {
        var loaded = Load(text, file, contract);
        Assert.True(loaded.Diagnostics.Count == 1, "Expected one diagnostic, got:\n" + string.Join("\n", loaded.Diagnostics));
        Assert.Null(loaded.Actuals);
        return Matches(loaded.Diagnostics[0], code, file, line, column, phrase);
    }

    /// <summary>Asserts that one of the problems is the one described.</summary>
    public static Diagnostic Has(LoadedActuals loaded, string code, string file, int line, int column, string phrase)
    {
        var found = loaded.Diagnostics.FirstOrDefault(d => d.Code == code && d.Location.File == file && d.Location.Line == line && d.Location.Column == column);
        Assert.True(found is not null, $"No {code} at {file}:{line}:{column}; got:\n" + string.Join("\n", loaded.Diagnostics));
        return Matches(found, code, file, line, column, phrase);
    }

    private static Diagnostic Matches(Diagnostic diagnostic, string code, string file, int line, int column, string phrase)
    {
        Assert.Equal((code, file, line, column), (diagnostic.Code, diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(diagnostic.Severity == Severity.Error, diagnostic.ToString());
        Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
        return diagnostic;
    }
}
