using CareLedger.Specs;

namespace CareLedger.Cli;

/// <summary>
/// Reads a contract file for a command that computes with it (budget, demo, settle). Findings that do not stop the
/// computation are printed as warnings first; errors that do are printed in the validate format and stop it.
/// </summary>
internal static class ContractInput
{
    /// <summary>The loaded contract, or null with the exit code to return.</summary>
    public static (LoadedContract? Contract, int ExitCode) LoadForBudget(string path, CliConsole console)
    {
        var input = InputFile.Read(path, console);
        if (!input.IsRead)
        {
            console.WriteProblem(input.Problem!);
            return (null, ExitCodes.Usage);
        }

        var loaded = ContractLoader.Load(input.Text!, path);
        if (!loaded.CanComputeBudget)
        {
            foreach (var diagnostic in loaded.Diagnostics.Where(diagnostic => diagnostic.IsError))
            {
                console.Error.WriteLine(diagnostic.ToString());
            }

            console.WriteProblem($"'{path}' has errors that stop the budget being computed; fix them (see 'careledger validate {path}') and try again.");
            return (null, ExitCodes.Findings);
        }

        // Settlement-only findings (framework weights, gateway answers) don't change the budget: say so and go on.
        foreach (var diagnostic in loaded.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        return (loaded, ExitCodes.Ok);
    }
}
