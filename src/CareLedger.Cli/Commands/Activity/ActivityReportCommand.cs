using System.CommandLine;
using CareLedger.Analytics.Reporting;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.RiskTiers;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Activity;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity report --by provider-pod|patient|practice|age-sex|cohort|year|risk-tier [--top N] [--min-age A]
/// [--max-age B] [--diagnosis PREFIX] [--top-percent X] [--risk-tier top-1|top-2|top-5] [--format table|json|csv] [--xlsx FILE] [--chart FILE.png|FILE.svg]
/// [--workspace NAME]</c>. The view is always printed; the workbook and the chart hold the same figures.
/// </summary>
internal sealed class ActivityReportCommand : CliCommand<ActivityReportCommand.Settings>
{
    private static readonly Dictionary<string, SpendView> Views = new(StringComparer.OrdinalIgnoreCase)
    {
        ["provider-pod"] = SpendView.ProviderPod,
        ["patient"] = SpendView.Patient,
        ["practice"] = SpendView.Practice,
        ["age-sex"] = SpendView.AgeSex,
        ["cohort"] = SpendView.Cohort,
        ["year"] = SpendView.Year,
        ["risk-tier"] = SpendView.RiskTier,
    };

    private readonly Option<string> _by = new("--by")
    {
        Description = "The view: provider-pod (provider × point of delivery × service line), patient, practice, age-sex, cohort, year or risk-tier (the tiers 'activity risk' assigned).",
        HelpName = "provider-pod|patient|practice|age-sex|cohort|year|risk-tier",
        DefaultValueFactory = _ => "provider-pod",
    };

    private readonly Option<int> _top = new("--top") { Description = "With --by patient: how many patients, highest spend first (default 20).", DefaultValueFactory = _ => 20 };

    private readonly Option<int?> _minAge = new("--min-age") { Description = "With --by cohort: rows for patients at least this old at the time." };

    private readonly Option<int?> _maxAge = new("--max-age") { Description = "With --by cohort: rows for patients at most this old at the time." };

    private readonly Option<string?> _diagnosis = new("--diagnosis") { Description = "With --by cohort: rows whose primary diagnosis (ICD-10) starts with this, e.g. E11 or I50.", HelpName = "PREFIX" };

    private readonly Option<decimal?> _topPercent = new("--top-percent") { Description = "With --by cohort: patients in the top X% by spend, e.g. 2.", HelpName = "X" };

    private readonly Option<string?> _riskTier = new("--risk-tier")
    {
        Description = "With --by cohort: patients in the top 1%, 2% or 5% by the risk tiers 'activity risk' assigned.",
        HelpName = "top-1|top-2|top-5",
    };

    private readonly OutputFormatOption _format = new();

    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the view as an Excel workbook (no cell is ever a formula).", HelpName = "FILE" };

    private readonly Option<string?> _chart = new("--chart") { Description = "Also draw the view's spend as a bar chart, PNG or SVG by the file's extension.", HelpName = "FILE.png|FILE.svg" };

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string By, ReportOptions Options, OutputFormat Format, (string Name, string? Root) Workspace, string? Xlsx = null, string? Chart = null, string? RiskTier = null);

    protected override Command Declare() =>
        new("report", "Show the workspace's spend by provider and point of delivery, patient, practice, age and sex, cohort, year or risk tier.")
        {
            _by, _top, _minAge, _maxAge, _diagnosis, _topPercent, _riskTier, _format.Option, _xlsx, _chart, _workspace.Option, _workspace.DataFolderOption,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_by),
            new ReportOptions(parse.GetValue(_top), parse.GetValue(_minAge), parse.GetValue(_maxAge), parse.GetValue(_diagnosis)?.Trim().ToUpperInvariant(), parse.GetValue(_topPercent),
                RiskTierBands.TopCohortOrder(parse.GetValue(_riskTier))),
            _format.GetValue(parse), _workspace.Bind(parse), parse.GetValue(_xlsx), parse.GetValue(_chart), parse.GetValue(_riskTier));

    protected override SettingsCheck Check(Settings settings) =>
        !Views.ContainsKey(settings.By.Trim()) ? SettingsCheck.Fail($"--by '{settings.By}' is not a view; use provider-pod, patient, practice, age-sex, cohort, year or risk-tier.")
        : settings.RiskTier is { } tier && settings.Options.RiskTier is null ? SettingsCheck.Fail($"--risk-tier '{tier}' is not a risk cohort; use top-1, top-2 or top-5.")
        : settings.Options.Top is < 1 or > 1_000_000 ? SettingsCheck.Fail("--top needs a number of patients from 1 to 1,000,000.")
        : settings.Options.TopPercent is <= 0 or > 100 ? SettingsCheck.Fail("--top-percent needs a percentage above 0 and at most 100, e.g. 2.")
        : settings.Options is { MinAge: < 0 } or { MaxAge: < 0 } ? SettingsCheck.Fail("--min-age and --max-age are ages in years, 0 or more.")
        : settings.Chart is { } chart && !SpendChart.IsChartFile(chart) ? SettingsCheck.Fail($"--chart '{chart}' needs a file ending .png or .svg.")
        : WorkspaceOption.Problem(settings.Workspace.Name) is { } problem ? SettingsCheck.Fail(problem)
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console) =>
        WorkspaceOption.With(settings.Workspace, console, mustExist: true, store =>
        {
            var view = Views[settings.By.Trim()];
            if ((view == SpendView.RiskTier || (view == SpendView.Cohort && settings.Options.RiskTier is not null)) && StoredRiskTiers.Problem(store) is { } stale)
            {
                console.WriteProblem(stale);
                return ExitCodes.Findings;
            }

            var report = new ReportService().Report(store, view, settings.Options);
            SpendReportRenderer.Write(report, settings.Format, console.Out);
            return SaveFile(settings.Xlsx, console, path => File.WriteAllBytes(path, SpendWorkbook.Write(report)))
                ?? SaveFile(settings.Chart, console, path => SpendChart.Save(report, path))
                ?? ExitCodes.Ok;
        });

    /// <summary>Null when there is nothing to write or it was written; <see cref="ExitCodes.Usage"/> when the file cannot be written.</summary>
    private static int? SaveFile(string? file, CliConsole console, Action<string> write)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            write(console.Resolve(file));
            console.Error.WriteLine($"careledger: wrote {file}.");
            return null;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            console.WriteProblem($"cannot write {file}: {failure.Message}");
            return ExitCodes.Usage;
        }
    }
}
