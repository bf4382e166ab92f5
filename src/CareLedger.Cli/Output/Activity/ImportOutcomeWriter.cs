using CareLedger.Analytics.Costing;
using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;
using CareLedger.Application.Csv;

namespace CareLedger.Cli.Output.Activity;

/// <summary>
/// Prints what an import or re-costing did, or every problem that stopped it: up to <see cref="ListedOnScreen"/> on
/// the error stream, and all of them in a CSV problems file when there are more.
/// </summary>
internal static class ImportOutcomeWriter
{
    public const int ListedOnScreen = 50;

    public static int Write(ImportOutcome outcome, string workspace, string problemsFile, CliConsole console)
    {
        foreach (var warning in outcome.Warnings)
        {
            console.Error.WriteLine("careledger: warning: " + warning);
        }

        if (!outcome.Succeeded)
        {
            foreach (var problem in outcome.Problems.Take(ListedOnScreen))
            {
                console.Error.WriteLine(problem.ToString());
            }

            if (outcome.ProblemCount > ListedOnScreen)
            {
                WriteProblems(outcome.Problems, problemsFile);
                var listed = outcome.ProblemCount > outcome.Problems.Count ? $"the first {Pounds.Count(outcome.Problems.Count)}" : "all of them";
                console.Error.WriteLine($"… and {Pounds.Count(outcome.ProblemCount - ListedOnScreen)} more; {listed} are in {problemsFile}.");
            }

            console.Error.WriteLine($"{Pounds.Count(outcome.ProblemCount)} problem{(outcome.ProblemCount == 1 ? string.Empty : "s")}: nothing was imported or changed.");
            return ExitCodes.Findings;
        }

        foreach (var file in outcome.Imported)
        {
            console.Out.WriteLine($"Imported {Pounds.Count(file.Rows)} rows from {file.DisplayName} (import {file.ImportId}) into workspace '{workspace}'.");
        }

        WriteCosting(outcome.Costing!, console.Out);
        return ExitCodes.Ok;
    }

    public static void WriteCosting(CostingSummary costing, TextWriter output)
    {
        output.WriteLine($"Costed with {costing.PriceList}: {Pounds.Count(costing.Rows)} rows, {Pounds.Of(Pennies.Round(costing.TotalCost))} in all.");
        output.WriteLine($"  matched on HRG and point of delivery: {Pounds.Count(costing.MatchedRows)} rows, {Pounds.Of(Pennies.Round(costing.MatchedCost))}");
        output.WriteLine($"  unmatched, costed by fallback:       {Pounds.Count(costing.FallbackRows)} rows, {Pounds.Of(Pennies.Round(costing.FallbackCost))}");
        if (costing.NotAttendedRows > 0)
        {
            output.WriteLine($"  appointments not attended, no cost:  {Pounds.Count(costing.NotAttendedRows)} rows, {Pounds.Of(0m)}");
        }

        output.WriteLine("  fallback = the point of delivery's activity-weighted mean unit cost in the price list (4 dp, half away from zero):");
        foreach (var fallback in costing.Fallbacks)
        {
            output.WriteLine($"    {fallback.Pod,-20} {Pounds.Of(fallback.UnitCost),14} per unit, over {Pounds.Count(fallback.Currencies)} currencies and {Pounds.Count(fallback.Activity)} units of activity");
        }
    }

    private static void WriteProblems(IReadOnlyList<ImportProblem> problems, string path)
    {
        using var file = new StreamWriter(path);
        var csv = new CsvWriter(file);
        csv.WriteRow("file", "row", "column", "value", "reason");
        foreach (var problem in problems)
        {
            csv.WriteRow(problem.File, problem.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Column, problem.Value, problem.Reason);
        }
    }
}
