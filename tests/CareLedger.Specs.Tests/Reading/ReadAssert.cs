using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.Specs.Tests.Reading;

/// <summary>Reads inline contract files and checks what the reader reported.</summary>
internal static class ReadAssert
{
    public const string File = "contract.yaml";

    public static ContractReadResult Read(string yaml) => ContractReader.Read(yaml, File);

    /// <summary>Reads a file expected to be free of problems, failing with every diagnostic if it is not.</summary>
    public static ContractReadResult Clean(string yaml)
    {
        var result = Read(yaml);
        Assert.True(result.Diagnostics.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Contract);
        return result;
    }

    /// <summary>Asserts that the file's only problem is the one described, and returns it.</summary>
    public static Diagnostic Only(string yaml, string code, int line, int column, string phrase)
    {
        var result = Read(yaml);
        Assert.True(result.Diagnostics.Count == 1, "Expected one diagnostic, got:\n" + string.Join("\n", result.Diagnostics));
        return Matches(result.Diagnostics[0], code, line, column, phrase);
    }

    /// <summary>Asserts that one of the result's problems is the one described.</summary>
    public static Diagnostic Has(ContractReadResult result, string code, int line, int column, string phrase)
    {
        var found = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Location.Line == line && d.Location.Column == column);
        Assert.True(found is not null, $"No {code} at {line}:{column}; got:\n" + string.Join("\n", result.Diagnostics));
        return Matches(found, code, line, column, phrase);
    }

    private static Diagnostic Matches(Diagnostic diagnostic, string code, int line, int column, string phrase)
    {
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(File, diagnostic.Location.File);
        Assert.True(diagnostic.Severity == Severity.Error, diagnostic.ToString());
        Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
        return diagnostic;
    }
}
