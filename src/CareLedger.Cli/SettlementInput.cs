using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Application.Inputs;
using CareLedger.Application.Parties;
using CareLedger.Application.Settlement;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli;

/// <summary>
/// Reads the files settle and explain were given and settles through <see cref="SettlementService"/>. Every finding
/// is printed where it was found, and nothing is settled unless all of it reads cleanly.
/// </summary>
internal static class SettlementInput
{
    public static (PeriodSettlement? Settlement, int ExitCode) Settle(string contractPath, IReadOnlyList<string> actualsPaths, string periodLabel, bool provisional, CliConsole console)
    {
        var contractInput = InputFile.Read(contractPath, console);
        if (contractInput.Source is not { } contractText)
        {
            return (null, contractInput.ExitCode);
        }

        var texts = new List<SourceText> { contractText };
        foreach (var path in actualsPaths)
        {
            // Actuals may be a workbook as well as text: each sheet becomes a table named book.xlsx[sheet].
            var input = InputFile.ReadBytes(path, console, InputLimits.ActualsBytes, "actuals");
            if (input.Content is not { } content)
            {
                return (null, input.ExitCode);
            }

            var decoded = ActualsFileDecoder.Decode(path, content);
            if (decoded.Value is not { } file)
            {
                Diagnostics.Print(decoded.Diagnostics, console);
                return (null, ExitCodes.Findings);
            }

            texts.AddRange(file.Texts);
        }

        var settled = new SettlementService().Settle(new SettlementRequest(texts[0], texts[1..], periodLabel, provisional));
        Diagnostics.Print(settled.Diagnostics, console);
        if (settled.Value is { } settlement)
        {
            return (settlement, ExitCodes.Ok);
        }

        if (settled.Problem is { } problem)
        {
            console.WriteProblem($"--{problem.Field} {problem.Message}");
            return (null, ExitCodes.Usage);
        }

        // Missing actuals are found only once the contract and the actuals have read cleanly enough to settle.
        var missing = settled.Diagnostics.Count(diagnostic => diagnostic.Code == DiagnosticCodes.ActualsIncomplete);
        var contractFailed = settled.Diagnostics.Any(diagnostic => diagnostic.IsError && diagnostic.Location.File == contractPath);
        console.WriteProblem(missing > 0
            ? $"the actuals are incomplete for {periodLabel} ({missing} missing, listed above), so nothing was settled; add what is missing, or settle with --provisional to settle what is there, marked provisional."
            : contractFailed
                ? $"'{contractPath}' has errors that stop the budget being computed; fix them (see 'careledger validate {contractPath}') and try again."
                : "the actuals have errors, so nothing was settled; fix them and try again.");
        return (null, ExitCodes.Findings);
    }

    /// <summary>The party a user named, by id or name; null with a did-you-mean message otherwise.</summary>
    public static Domain.Parties.Party? FindParty(Contract contract, string name, CliConsole console)
    {
        var found = new PartyLookup().Find(contract, name);
        if (found.Problem is { } problem)
        {
            console.WriteProblem(problem.Message);
        }

        return found.Value;
    }
}
