using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareLedger.Cli.Tests.Support;
using CareLedger.Specs;
using CareLedger.Specs.Templates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>careledger population</c> against NHS England's real 2025/26 practice weighted-population file (found at
/// <c>../shared/data</c> beside the clone): figures in every format, located errors for a broken file, and a population
/// section that a real contract accepts.
/// </summary>
public sealed partial class PopulationCommandTests : IDisposable
{
    private static readonly string Weights = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "nhs", "gp_practice_weighted_population_2025_26.csv"));

    private readonly CliRunner _cli = new();

    [Fact]
    public void Json_carries_the_place_its_practices_and_its_fair_share_exactly()
    {
        var result = _cli.Run("population", "capitation", "--weights", Weights, "--lad", "E06000017", "--icb-budget", "2000000000", "--current-budget", "70000000", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        // Rutland's four practices (worked by hand in WeightedCapitationTests): 43,208.348466 registered heads.
        Assert.Equal(43_208.348466m, Number(root.GetProperty("registered")));
        var practices = root.GetProperty("practice_list").EnumerateArray().ToList();
        Assert.Equal(4, practices.Count);
        var target = Number(root.GetProperty("fair_share").GetProperty("target"));
        Assert.Equal(target, practices.Sum(practice => Number(practice.GetProperty("fair_share"))));
        Assert.Equal(70_000_000m - target, Number(root.GetProperty("fair_share").GetProperty("distance")));
    }

    [Fact]
    public void The_table_csv_and_workbook_show_the_same_need_indexes()
    {
        var table = _cli.Run("population", "capitation", "--weights", Weights, "--icb", "QK1", "--lad", "E06000017");
        var csv = _cli.Run("population", "capitation", "--weights", Weights, "--lad", "E06000017", "--format", "csv", "--xlsx", "place.xlsx", "--chart", "need.svg");

        Assert.Equal(2, table.ExitCode);
        Assert.Contains("exactly one of --icb", table.Error);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var sheet = Sheet(_cli.Directory.File("place.xlsx"), "components");
        Assert.Equal(lines.Select(line => line.Split(',')), sheet);
        var core = lines.Single(line => line.StartsWith("core,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1.023153", core[5]);
        Assert.Contains("<svg", File.ReadAllText(_cli.Directory.File("need.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_is_refused_with_each_problem_located()
    {
        var lines = File.ReadAllLines(Weights);
        lines[0] = lines[0].Replace(",MH WP,", ",MHWP,", StringComparison.Ordinal);
        _cli.Directory.Write("no-mh.csv", string.Join('\n', lines));
        var twice = File.ReadAllLines(Weights).Append(File.ReadAllLines(Weights)[7]);
        _cli.Directory.Write("twice.csv", string.Join('\n', twice));

        var missing = _cli.Run("population", "capitation", "--weights", "no-mh.csv", "--icb", "QK1");
        var duplicated = _cli.Run("population", "capitation", "--weights", "twice.csv", "--icb", "QK1");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no-mh.csv:1: MH WP is missing from the header", missing.Error);
        Assert.Equal(1, duplicated.ExitCode);
        Assert.Contains($"twice.csv:6350: Practice_Code", duplicated.Error);
        Assert.Contains("first at row 8", duplicated.Error);
        Assert.Empty(duplicated.Out);
    }

    [Fact]
    public void The_population_section_replaces_a_real_contracts_and_it_still_validates()
    {
        // Mid-Nottinghamshire's alliance covered Mansfield & Ashfield and Newark & Sherwood: today's districts
        // E07000170 (Ashfield), E07000174 (Mansfield) and E07000175 (Newark and Sherwood).
        var result = _cli.Run("population", "contract", "--weights", Weights, "--lad", "E07000170,E07000174,E07000175", "--as-of", "2025-04", "--growth", "0.5%");

        Assert.True(result.ExitCode == 0, result.ToString());
        var template = TemplateCatalog.Find("mid-notts-alliance")!.Yaml;
        var contract = PopulationSection().Replace(template, result.Out.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n", 1);
        Assert.NotEqual(template, contract);
        var loaded = ContractLoader.Load(contract, "mid-notts-2025.yaml");
        Assert.True(loaded.Contract is not null && !loaded.HasErrors, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Matches(@"\n  size: \d{6}\n", result.Out);
        Assert.Matches(@"#   C8\d{4} row \d+: ", result.Out);
    }

    [Fact]
    public void The_fair_share_becomes_the_contracts_baseline_traced_to_each_practice_and_the_contract_validates()
    {
        var result = _cli.Run("population", "contract", "--weights", Weights, "--lad", "E06000017", "--as-of", "2025-04", "--icb-budget", "2000000000",
            "--baseline-service-line", "community", "--baseline-provider", "rutland-care");

        Assert.True(result.ExitCode == 0, result.ToString());
        // Rutland's target of £2,000,000,000.00 for QK1 is £71,411,044.53 (worked in docs/population.md), and it is the
        // sum of the four practices' shares listed in the comments: 26,088,681.56 + 15,720,356.01 + 20,365,976.08 + 9,236,030.88.
        var shares = PracticeShare().Matches(result.Out).Select(match => decimal.Parse(match.Groups["share"].Value, NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, shares.Count);
        Assert.Equal(71_411_044.53m, shares.Sum());
        Assert.Contains("      amount: 71411044.53\n      basis: weighted-capitation\n", result.Out, StringComparison.Ordinal);

        var contract = _cli.Directory.Write("rutland.yaml", RutlandContract.With(result.Out));
        var validate = _cli.Run("validate", contract);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        var budget = _cli.Run("budget", contract, "--format", "json");
        Assert.True(budget.ExitCode == 0, budget.ToString());
        Assert.Contains("71411044.53", budget.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_needs_a_budget_to_share_and_contract_ids_for_its_entry()
    {
        string[] place = ["population", "contract", "--weights", Weights, "--lad", "E06000017", "--as-of", "2025-04"];

        var noBudget = _cli.Run([.. place, "--baseline-service-line", "community", "--baseline-provider", "rutland-care"]);
        var halfway = _cli.Run([.. place, "--icb-budget", "2000000000", "--baseline-service-line", "community"]);
        var badId = _cli.Run([.. place, "--icb-budget", "2000000000", "--baseline-service-line", "Community Care", "--baseline-provider", "rutland-care"]);

        Assert.Equal(2, noBudget.ExitCode);
        Assert.Contains("--baseline-service-line needs --icb-budget", noBudget.Error, StringComparison.Ordinal);
        Assert.Equal(2, halfway.ExitCode);
        Assert.Contains("go together", halfway.Error, StringComparison.Ordinal);
        Assert.Equal(2, badId.ExitCode);
        Assert.Contains("'Community Care' is not a contract id", badId.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_practice_name_written_as_a_formula_stays_text_in_the_csv_and_the_workbook()
    {
        // Rutland's first practice renamed as a hostile or careless file might carry it; the figures are untouched.
        var text = File.ReadAllText(Weights).Replace("C82010,OAKHAM MEDICAL PRACTICE,", "C82010,\"=HYPERLINK(\"\"http://x\"\")\",", StringComparison.Ordinal);
        _cli.Directory.Write("hostile.csv", text);

        var result = _cli.Run("population", "capitation", "--weights", "hostile.csv", "--lad", "E06000017", "--by-practice", "--format", "csv", "--xlsx", "hostile.xlsx");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("C82010,\"'=HYPERLINK(\"\"http://x\"\")\",", result.Out);
        using var document = SpreadsheetDocument.Open(_cli.Directory.File("hostile.xlsx"), false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, cell => cell.CellFormula is not null);
        Assert.Equal(CellValues.InlineString, cells.Single(cell => cell.InnerText.StartsWith("=HYPERLINK", StringComparison.Ordinal)).DataType!.Value);
    }

    [Fact]
    public void The_risk_report_prints_the_capture_table_and_writes_the_same_to_the_workbook()
    {
        var result = _cli.Run("population", "risk", "--people", "30000", "--seed", "11", "--format", "csv", "--xlsx", "risk.xlsx", "--chart", "calibration.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // A header, then 3 percentages (1, 2, 5) × 4 scores (model, age, prior admissions, true risk).
        Assert.Equal(13, lines.Length);
        Assert.Equal(lines.Select(line => line.Split(',')), Sheet(_cli.Directory.File("risk.xlsx"), "capture"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(_cli.Directory.File("calibration.png"))[..4]);
    }

    public void Dispose() => _cli.Dispose();

    private static decimal Number(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetDecimal();

    /// <summary>A workbook sheet's cells as text, row by row (shared with the other commands' workbook tests).</summary>
    internal static List<string[]> Sheet(string path, string name)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(candidate => candidate.Name == name);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => cell.InnerText).ToArray())];
    }

    /// <summary>A practice's line in the generated section's comments, ending with its fair share.</summary>
    [GeneratedRegex(@"^#   C8\d{4} row \d+: [\d.]+, [\d.]+, £(?<share>[\d,]+\.\d\d)$", RegexOptions.Multiline)]
    private static partial Regex PracticeShare();

    /// <summary>The template's population section: from its key to the blank line that ends it.</summary>
    [GeneratedRegex(@"^population:\n(?:[ #].*\n)*", RegexOptions.Multiline)]
    private static partial Regex PopulationSection();
}
