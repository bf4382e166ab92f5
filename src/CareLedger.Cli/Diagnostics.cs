using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli;

/// <summary>Findings in the inputs, printed to standard error in the compiler format editors and CI understand.</summary>
internal static class Diagnostics
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, CliConsole console)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
