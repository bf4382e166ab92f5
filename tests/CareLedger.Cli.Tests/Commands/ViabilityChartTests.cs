using System.Globalization;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>viability --charts</c> and <c>incentives --charts</c>: real PNG and SVG files whose labels carry the figures the
/// CSV prints (a chart computes nothing of its own), the perverse ranges of a lever marked, and a charts folder that
/// cannot be written a located problem, as for <c>simulate</c>.
/// </summary>
public sealed class ViabilityChartTests : IDisposable
{
    private const string Cambs = "cambs-older-people-prime-provider";
    private const string MidNotts = "mid-notts-alliance";
    private const string Bedfordshire = "bedfordshire-msk-prime";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_viability_charts_mark_the_bid_and_the_sustainable_values_the_csv_prints()
    {
        InitialisedTemplate.Write(_cli, Cambs);

        var result = _cli.RunOk("viability", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", "--runs", "300", "--seed", "3", "--format", "csv", "--charts", "charts");

        Assert.Contains("Wrote 2 charts, each as PNG and SVG, into charts", result.Error);
        var rows = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToArray();
        var folder = _cli.Directory.File("charts");
        WrittenChart.AssertPng(Path.Combine(folder, "uniting-care-sustainable.png"), 1000, 540);
        WrittenChart.AssertPng(Path.Combine(folder, "uniting-care-surplus.png"), 1000, 540);

        var sustainable = WrittenChart.SvgText(Path.Combine(folder, "uniting-care-sustainable.svg"));
        Assert.Contains("UnitingCare Partnership (CPFT and CUH consortium): chance of a surplus by contract value", sustainable);
        // The bid is the scenario's £726m (£726,000,000.01 as the budget settles it): £726,000,000.01 ÷ 1m = 726.0 → £726m.
        Assert.Contains("bid (value modelled): £726m", sustainable);
        Assert.Contains("simulated: share of runs in surplus", sustainable);
        foreach (var level in rows.Where(row => row[2] == "sustainable-value"))
        {
            // The CSV's 90%, £837,609,126.00 say, is drawn as "90 % sustainable: £837.6m".
            var millions = decimal.Parse(level[3], CultureInfo.InvariantCulture) / 1_000_000m;
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{level[1].Replace("%", " %", StringComparison.Ordinal)} sustainable: £{millions:#,0.#}m"), sustainable);
        }

        // The search's values are the curve's points: the bid (every run short there, as the docs' 10,000 runs find) and
        // each sustainable value, where the share in surplus is what the search measured.
        var searched = rows.Where(row => row[2] == "in-surplus").ToDictionary(row => row[1], row => row[3]);
        Assert.Equal("0", searched["726000000.01"]);
        foreach (var level in rows.Where(row => row[2] == "sustainable-value"))
        {
            Assert.Equal(rows.Single(row => row[1] == level[1] && row[2] == "achieved")[3], searched[level[3]]);
        }

        var surplus = WrittenChart.SvgText(Path.Combine(folder, "uniting-care-surplus.svg"));
        Assert.Contains("UnitingCare Partnership (CPFT and CUH consortium): surplus by year at £726m (300 runs)", surplus);
        Assert.Contains("P5–P95", surplus);
        Assert.Contains("P50", surplus);
        Assert.Contains("break-even", surplus);
        foreach (var year in rows.Where(row => row[2] == "deficit" && row[1] != "term"))
        {
            Assert.Contains(year[1], surplus);
            // Every run is short in every year at the bid: the CSV's deficit is 1, labelled "deficit 100 %".
            Assert.Equal("1", year[3]);
        }

        Assert.Contains("deficit 100 %", surplus);
    }

    [Fact]
    public void The_incentive_charts_shade_the_perverse_range_of_a_marginal_tariff_on_urgent_care()
    {
        InitialisedTemplate.Write(_cli, MidNotts);
        WriteUrgentTariffVariant();

        var result = _cli.RunOk("incentives", "tariff.yaml", "--scenario", "tariff.scenario.yaml", "--year", "2016/17", "--format", "csv", "--perverse", "--charts", "charts");

        // One more urgent spell pays Sherwood Forest 75% of £1,500 = £1,125 and costs it 30% of £1,500 more risk-item
        // spend = £450: it gains £675; the alliance gains £1,125 − 70% × £1,500 = £75 (the members' shares add to 70%).
        var perverse = result.OutLines.Single(line => line.StartsWith("2016/17,activity,urgent-care activity,sherwood-forest,", StringComparison.Ordinal) && line.Contains(",yes,perverse,", StringComparison.Ordinal)).Split(',');
        Assert.Equal((675m, 75m), (decimal.Parse(perverse[7], CultureInfo.InvariantCulture), decimal.Parse(perverse[8], CultureInfo.InvariantCulture)));
        var folder = _cli.Directory.File("charts");
        WrittenChart.AssertPng(Path.Combine(folder, "sherwood-forest-activity-urgent-care-activity.png"), 900, 540);
        var urgent = WrittenChart.SvgText(Path.Combine(folder, "sherwood-forest-activity-urgent-care-activity.svg"));
        Assert.Contains("Sherwood Forest Hospitals NHS Foundation Trust: urgent-care activity, 2016/17", urgent);
        Assert.Contains("PERVERSE", urgent);
        Assert.Contains("own income", urgent);
        Assert.Contains("alliance's income", urgent);
        Assert.Contains("operating point's range", urgent);
        Assert.Contains("income from one unit more (GBP)", urgent);

        // --perverse filters what is printed, not the charts: elective activity, nowhere perverse, is drawn unshaded.
        var elective = WrittenChart.SvgText(Path.Combine(folder, "sherwood-forest-activity-elective-activity.svg"));
        Assert.Contains("Sherwood Forest Hospitals NHS Foundation Trust: elective activity, 2016/17", elective);
        Assert.DoesNotContain("PERVERSE", elective);
        Assert.Contains("£1 of spend", string.Join('\n', WrittenChart.SvgText(Path.Combine(folder, "nuh-risk-spend-acute-activity-after-community-investment.svg"))));

        // Indicators that move nobody's income are findings about the alliance, listed in the table, not drawn.
        Assert.DoesNotContain(Directory.GetFiles(folder), file => Path.GetFileName(file).StartsWith("alliance", StringComparison.Ordinal));
        Assert.Equal(Directory.GetFiles(folder, "*.png").Length, Directory.GetFiles(folder, "*.svg").Length);
    }

    [Fact]
    public void The_indicator_chart_names_every_indicator_that_moves_the_partys_income()
    {
        InitialisedTemplate.Write(_cli, Bedfordshire);

        var rows = _cli.RunOk("incentives", Bedfordshire + ".yaml", "--scenario", Bedfordshire + ".scenario.yaml", "--format", "csv", "--charts", "charts").OutLines
            .Select(line => line.Split(',')).Where(row => row[1] == "indicator" && row[3] == "circle").ToArray();

        Assert.NotEmpty(rows);
        var folder = _cli.Directory.File("charts");
        // Nine indicators need 120 + 36 × 9 = 444 pixels, less than the usual 540.
        Assert.Equal(9, rows.Length);
        WrittenChart.AssertPng(Path.Combine(folder, "circle-indicators.png"), 900, 540);
        var chart = WrittenChart.SvgText(Path.Combine(folder, "circle-indicators.svg"));
        Assert.Contains("Circle Clinical Services Ltd (consortium lead): indicators, 2018/19", chart);
        Assert.Contains("income from meeting it rather than missing it (GBP)", chart);
        Assert.All(rows, row => Assert.Contains(row[2], chart));
        Assert.DoesNotContain("PERVERSE", chart);
    }

    [Theory]
    [InlineData("viability", Cambs)]
    [InlineData("incentives", MidNotts)]
    [InlineData("simulate", Cambs)]
    public void A_charts_path_that_is_a_file_is_a_problem_naming_it_and_the_result_is_still_printed(string command, string template)
    {
        InitialisedTemplate.Write(_cli, template);
        _cli.Directory.Write("taken.txt", "a file, not a folder");
        string[] runs = command == "incentives" ? [] : ["--runs", "50"];

        var file = _cli.Run([command, template + ".yaml", "--scenario", template + ".scenario.yaml", .. runs, "--format", "csv", "--charts", "taken.txt"]);
        var under = _cli.Run([command, template + ".yaml", "--scenario", template + ".scenario.yaml", .. runs, "--format", "csv", "--charts", Path.Join("taken.txt", "charts")]);

        Assert.Equal(ExitCodes.Findings, file.ExitCode);
        Assert.Contains("'taken.txt' is a file; --charts needs a folder to write the charts into.", file.Error);
        Assert.NotEmpty(file.Out);
        Assert.Equal(ExitCodes.Findings, under.ExitCode);
        Assert.Contains($"cannot write '{Path.Join("taken.txt", "charts")}'", under.Error);
        Assert.Equal("a file, not a folder", File.ReadAllText(_cli.Directory.File("taken.txt")));
    }

    [Theory]
    [InlineData("viability", Cambs)]
    [InlineData("incentives", MidNotts)]
    public void An_empty_charts_folder_name_is_a_usage_error_and_nothing_is_run(string command, string template)
    {
        InitialisedTemplate.Write(_cli, template);

        var result = _cli.Run(command, template + ".yaml", "--scenario", template + ".scenario.yaml", "--charts", " ");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--charts needs a folder name, e.g. '--charts charts'.", result.Error);
        Assert.Empty(result.Out);
    }

    /// <summary>
    /// The docs' perverse incentive (docs/viability.md): the Mid-Nottinghamshire alliance with a marginal tariff on
    /// urgent care for Sherwood Forest and NUH (75% of price either side of plan), the activity its risk/reward item is
    /// meant to reduce, and a scenario planning 10,000 urgent spells at £1,500.
    /// </summary>
    private void WriteUrgentTariffVariant()
    {
        const string Tariff = """
                  - id: urgent-tariff
                    kind: volume
                    name: Non-elective activity over plan at a marginal tariff
                    service_lines: [urgent-care]
                    providers: [sherwood-forest, nuh]
                    above_plan_rate: 75%
                    below_plan_rate: 75%

            """;
        const string Urgent = """
              - service_line: urgent-care
                planned: 10000
                unit_price: £1,500
                volume: { distribution: normal, mean: 0%, sd: 4% }

            """;
        var contract = File.ReadAllText(_cli.Directory.File(MidNotts + ".yaml"));
        var scenario = File.ReadAllText(_cli.Directory.File(MidNotts + ".scenario.yaml"));
        Assert.Contains("      - id: acute-patient-choice\n", contract);
        Assert.Contains("activity:\n", scenario);
        _cli.Directory.Write("tariff.yaml", contract.Replace("      - id: acute-patient-choice\n", Tariff + "      - id: acute-patient-choice\n", StringComparison.Ordinal));
        _cli.Directory.Write("tariff.scenario.yaml", ReplaceFirst(scenario, "activity:\n", "activity:\n" + Urgent));
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
