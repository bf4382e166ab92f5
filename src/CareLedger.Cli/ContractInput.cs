using CareLedger.Application.Contracts;
using CareLedger.Specs;

namespace CareLedger.Cli;

/// <summary>
/// Reads a contract file for a command that computes with it (budget, settle, explain) through
/// <see cref="ContractService"/>. Findings that do not stop the computation are printed first; errors that do are
/// printed in the validate format and stop it.
/// </summary>
internal static class ContractInput
{
    /// <summary>The loaded contract, or null with the exit code to return.</summary>
    public static (LoadedContract? Contract, int ExitCode) LoadForBudget(string path, CliConsole console)
    {
        var input = InputFile.Read(path, console);
        if (input.Source is not { } source)
        {
            return (null, input.ExitCode);
        }

        var opened = new ContractService().Open(source);
        Diagnostics.Print(opened.Diagnostics, console);
        if (opened.Value is null)
        {
            console.WriteProblem($"'{path}' has errors that stop the budget being computed; fix them (see 'careledger validate {path}') and try again.");
            return (null, ExitCodes.Findings);
        }

        return (opened.Value, ExitCodes.Ok);
    }
}
