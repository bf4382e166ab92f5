using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Validation.Builders;

/// <summary>Assertions on a list of diagnostics that print the whole list when they fail, so a failure explains itself.</summary>
public static class Findings
{
    /// <summary>The one diagnostic in the list, which must have this code.</summary>
    public static Diagnostic Only(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        Assert.True(diagnostics.Count == 1 && diagnostics[0].Code == code, $"Expected exactly one {code}, got:{Listing(diagnostics)}");
        return diagnostics[0];
    }

    /// <summary>The diagnostics with this code, which must be exactly <paramref name="count"/>.</summary>
    public static IReadOnlyList<Diagnostic> Exactly(IReadOnlyList<Diagnostic> diagnostics, string code, int count)
    {
        var found = diagnostics.Where(diagnostic => diagnostic.Code == code).ToArray();
        Assert.True(found.Length == count, $"Expected {count} × {code}, got:{Listing(diagnostics)}");
        return found;
    }

    public static void None(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0, $"Expected no diagnostics, got:{Listing(diagnostics)}");

    private static string Listing(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? " none" : Environment.NewLine + string.Join(Environment.NewLine, diagnostics);
}
