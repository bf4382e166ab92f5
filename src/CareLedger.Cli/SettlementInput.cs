using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli;

/// <summary>
/// Reads what settle and explain need — a contract, its actuals and a period — and settles. Every problem is
/// printed where it was found, and nothing is settled unless all of it reads cleanly.
/// </summary>
internal static class SettlementInput
{
    public static (PeriodSettlement? Settlement, int ExitCode) Settle(string contractPath, IReadOnlyList<string> actualsPaths, string periodLabel, CliConsole console)
    {
        var (loaded, exitCode) = ContractInput.LoadForBudget(contractPath, console);
        if (loaded?.Contract is not { } contract)
        {
            return (null, exitCode);
        }

        if (!contract.Term.Calendar.TryParse(periodLabel, out var period, out var error))
        {
            console.WriteProblem($"--period {error}");
            return (null, ExitCodes.Usage);
        }

        var files = new List<(string FileName, string Text)>();
        foreach (var path in actualsPaths)
        {
            var input = InputFile.Read(path, console);
            if (!input.IsRead)
            {
                console.WriteProblem(input.Problem!);
                return (null, ExitCodes.Usage);
            }

            files.Add((path, input.Text!));
        }

        var actuals = ActualsLoader.Load(contract, files);
        foreach (var diagnostic in actuals.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        if (actuals.Actuals is null)
        {
            console.WriteProblem("the actuals have errors, so nothing was settled; fix them and try again.");
            return (null, ExitCodes.Findings);
        }

        return (SettlementEngine.Settle(contract, actuals.Actuals, period!), ExitCodes.Ok);
    }

    /// <summary>The party a user named, by id or exact name; null with a did-you-mean message otherwise.</summary>
    public static Domain.Parties.Party? FindParty(Contract contract, string name, CliConsole console)
    {
        var party = contract.Parties.FirstOrDefault(candidate => candidate.Id.Value == name || string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        if (party is null)
        {
            var ids = contract.Parties.Select(candidate => candidate.Id.Value).ToArray();
            var nearest = NameSuggester.Suggest(name, ids);
            console.WriteProblem($"'{name}' is not a party of this contract{(nearest is null ? string.Empty : $" (did you mean '{nearest}'?)")}. Parties: {string.Join(", ", ids)}.");
        }

        return party;
    }
}
