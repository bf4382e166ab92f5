using System.CommandLine;
using CareLedger.Application.Budgets;
using CareLedger.Application.Documents;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Budget;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger budget CONTRACT [--year Y] [--format table|json|csv]</c>: each contract year's budget built step by
/// step, its allocation to providers by service line and element, and the fixed element's instalments.
/// </summary>
internal sealed class BudgetCommand : CliCommand<BudgetCommand.Settings>
{
    private readonly Argument<string> _contract = ContractArgument.Create();

    private readonly Option<string?> _year = new("--year", "-y")
    {
        Description = "Show one contract year only, e.g. 2016/17 (or 2014 for a contract whose years start in January).",
    };

    private readonly OutputFormatOption _format = new();

    internal sealed record Settings(string Contract, string? Year, OutputFormat Format);

    protected override Command Declare() =>
        new("budget", "Build the budget year by year and allocate it to providers by service line and payment element.")
        {
            _contract,
            _year,
            _format.Option,
        };

    protected override Settings Bind(ParseResult parse) => new(parse.GetRequiredValue(_contract), parse.GetValue(_year), _format.GetValue(parse));

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (loaded, exitCode) = ContractInput.LoadForBudget(settings.Contract, console);
        if (loaded?.Contract is not { } contract)
        {
            return exitCode;
        }

        var computed = new BudgetService().Compute(contract, settings.Year);
        if (computed.Value is not { } report)
        {
            console.WriteProblem($"--{computed.Problem!.Field} {computed.Problem.Message}");
            return ExitCodes.Usage;
        }

        switch (settings.Format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(BudgetDocument.Of(report), console.Out);
                break;
            case OutputFormat.Csv:
                BudgetCsvRenderer.Write(report, console.Out);
                break;
            default:
                BudgetTableRenderer.Write(report, console.Out, console.UseColour);
                break;
        }

        return report.Plan.Issues.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
