using System.CommandLine;
using System.Globalization;
using CareLedger.Analytics.Contracts;
using CareLedger.Application.Csv;
using CareLedger.Cli.Output.Activity;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity actuals --year 2023/24 [--plan-year 2022/23] [-o FILE] [--workspace NAME]</c>: the
/// activity actuals table for settlement (docs/actuals-spec.md), by contract month, provider and service line.
/// </summary>
internal sealed class ActivityActualsCommand : CliCommand<ActivityActualsCommand.Settings>
{
    private readonly YearOption _year = new("--year", "The financial year to report activity for, e.g. 2023/24.", required: true);

    private readonly YearOption _planYear = new("--plan-year", "The year whose same month is the plan (default: the year before --year).", required: false);

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the CSV table to this file instead of printing it.", HelpName = "FILE" };

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string? Year, string? PlanYear, string? Output, (string Name, string? Root) Workspace);

    protected override Command Declare() =>
        new("actuals", "Write activity actuals for settlement (planned and actual units, unit price, by month, provider and service line) from the workspace.")
        {
            _year.Option, _planYear.Option, _output, _workspace.Option, _workspace.DataFolderOption,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetValue(_year.Option), parse.GetValue(_planYear.Option), parse.GetValue(_output), _workspace.Bind(parse));

    protected override SettingsCheck Check(Settings settings) =>
        YearOption.Problem("--year", settings.Year) is { } year ? SettingsCheck.Fail(year)
        : YearOption.Problem("--plan-year", settings.PlanYear) is { } plan ? SettingsCheck.Fail(plan)
        : WorkspaceOption.Problem(settings.Workspace.Name) is { } problem ? SettingsCheck.Fail(problem)
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console) =>
        WorkspaceOption.With(settings.Workspace, console, mustExist: true, store =>
        {
            var year = YearOption.Parse(settings.Year)!.Value;
            var rows = new ActualsGenerator().Generate(store, year, YearOption.Parse(settings.PlanYear) ?? year.Previous);
            if (rows.Count == 0)
            {
                console.WriteProblem($"the workspace '{settings.Workspace.Name}' has no activity in {year.Label} or its plan year; check --year.");
                return ExitCodes.Findings;
            }

            using var text = new StringWriter(CultureInfo.InvariantCulture);
            var csv = new CsvWriter(text);
            csv.WriteRow("period", "provider", "service_line", "planned", "actual", "unit_price", "actual_cost");
            foreach (var row in rows)
            {
                csv.WriteRow(row.Period, row.Provider, row.ServiceLine, row.Planned.ToString(CultureInfo.InvariantCulture), row.Actual.ToString(CultureInfo.InvariantCulture),
                    Pounds.Plain(row.UnitPrice), Pounds.Plain(row.ActualCost));
            }

            return OutputText.Write(text.ToString(), settings.Output, console) ?? ExitCodes.Ok;
        });
}
