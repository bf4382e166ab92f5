using System.Globalization;
using System.Text.Json;
using CareLedger.Cli.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// What <c>project --xlsx</c> and <c>simulate --xlsx/--charts</c> write: workbooks whose figures are the JSON's, cell for
/// cell, text that is never a formula, and charts that are real PNG and SVG files with the titles and series expected.
/// </summary>
public sealed class ScenarioFileOutputTests : IDisposable
{
    private const string Bedfordshire = "bedfordshire-msk-prime";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_simulation_workbook_holds_the_same_figures_as_the_json()
    {
        InitialisedTemplate.Write(_cli, Bedfordshire);
        using var json = JsonDocument.Parse(_cli.RunOk("simulate", Bedfordshire + ".yaml", "--scenario", Bedfordshire + ".scenario.yaml", "--runs", "600", "--seed", "4", "--format", "json", "--xlsx", "sim.xlsx").Out);

        var rows = Sheet(_cli.Directory.File("sim.xlsx"), "simulation");
        Assert.Equal(["party", "name", "year", "figure", "statistic", "value", "standard_error", "runs", "seed"], rows[0].Select(cell => cell.Text));
        var parties = json.RootElement.GetProperty("parties").EnumerateArray().ToDictionary(party => party.GetProperty("party").GetString()!);
        var compared = 0;
        foreach (var row in rows.Skip(1))
        {
            var party = parties[row[0].Text];
            var year = row[2].Text == "term" ? party.GetProperty("term") : party.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetString() == row[2].Text);
            var figure = year.GetProperty(row[3].Text.Replace('-', '_'));
            Assert.True(row[5].IsNumber, $"{row[0].Text} {row[2].Text} {row[3].Text} {row[4].Text} is not a number cell");
            switch (row[4].Text)
            {
                case "probability":
                    Assert.Equal(figure.GetProperty("value").GetDouble(), double.Parse(row[5].Text, CultureInfo.InvariantCulture), 6);
                    break;
                case "min" or "max":
                    Assert.Equal(decimal.Parse(figure.GetProperty(row[4].Text).GetString()!, CultureInfo.InvariantCulture), decimal.Parse(row[5].Text, CultureInfo.InvariantCulture));
                    break;
                default:
                    var estimate = figure.GetProperty(row[4].Text == "sd" ? "standard_deviation" : row[4].Text);
                    Assert.Equal(decimal.Parse(estimate.GetProperty("value").GetString()!, CultureInfo.InvariantCulture), decimal.Parse(row[5].Text, CultureInfo.InvariantCulture));
                    break;
            }

            compared++;
        }

        Assert.True(compared > 300, $"only {compared} figures compared");
        var position = Sheet(_cli.Directory.File("sim.xlsx"), "position");
        var circle = position.Skip(1).Where(row => row[0].Text == "circle").ToArray();
        Assert.Equal(600, circle.Sum(row => long.Parse(row[5].Text, CultureInfo.InvariantCulture)));
        Assert.All(circle, row => Assert.Equal("surplus", row[2].Text));
    }

    [Fact]
    public void The_projection_workbook_holds_the_same_amounts_as_the_json()
    {
        InitialisedTemplate.Write(_cli, Bedfordshire);
        using var json = JsonDocument.Parse(_cli.RunOk("project", Bedfordshire + ".yaml", "--scenario", Bedfordshire + ".scenario.yaml", "--format", "json", "--xlsx", "projection.xlsx").Out);

        var rows = Sheet(_cli.Directory.File("projection.xlsx"), "projection");
        Assert.Equal(["party", "name", "year", "figure", "amount"], rows[0].Select(cell => cell.Text));
        var parties = json.RootElement.GetProperty("parties").EnumerateArray().ToDictionary(party => party.GetProperty("party").GetString()!);
        foreach (var row in rows.Skip(1))
        {
            var party = parties[row[0].Text];
            var year = row[2].Text == "term" ? party.GetProperty("term") : party.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetString() == row[2].Text);
            var amount = row[3].Text.StartsWith("element:", StringComparison.Ordinal)
                ? year.GetProperty("elements").GetProperty(row[3].Text["element:".Length..])
                : year.GetProperty(row[3].Text);
            Assert.True(row[4].IsNumber);
            Assert.Equal(decimal.Parse(amount.GetString()!, CultureInfo.InvariantCulture), decimal.Parse(row[4].Text, CultureInfo.InvariantCulture));
        }

        Assert.True(rows.Count > 20);
    }

    [Fact]
    public void A_party_name_that_looks_like_a_formula_is_text_in_the_workbooks_never_a_formula()
    {
        InitialisedTemplate.Write(_cli, "mid-notts-alliance");
        var contract = File.ReadAllText(_cli.Directory.File("mid-notts-alliance.yaml"))
            .Replace("name: Sherwood Forest Hospitals NHS Foundation Trust", "name: \"=HYPERLINK(\\\"http://x\\\")\"", StringComparison.Ordinal);
        _cli.Directory.Write("mid-notts-alliance.yaml", contract);

        _cli.RunOk("project", "mid-notts-alliance.yaml", "--scenario", "mid-notts-alliance.scenario.yaml", "--xlsx", "p.xlsx");
        _cli.RunOk("simulate", "mid-notts-alliance.yaml", "--scenario", "mid-notts-alliance.scenario.yaml", "--runs", "50", "--xlsx", "s.xlsx");

        foreach (var (file, sheet) in new[] { ("p.xlsx", "projection"), ("s.xlsx", "simulation") })
        {
            using var document = SpreadsheetDocument.Open(_cli.Directory.File(file), false);
            Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<CellFormula>()));
            var names = Sheet(_cli.Directory.File(file), sheet).Where(row => row[0].Text == "sherwood-forest").Select(row => row[1]).ToArray();
            Assert.NotEmpty(names);
            Assert.All(names, name => Assert.Equal(("=HYPERLINK(\"http://x\")", false), (name.Text, name.IsNumber)));
        }
    }

    [Fact]
    public void Charts_are_png_and_svg_files_with_each_partys_titles_and_series()
    {
        InitialisedTemplate.Write(_cli, Bedfordshire);
        var result = _cli.RunOk("simulate", Bedfordshire + ".yaml", "--scenario", Bedfordshire + ".scenario.yaml", "--runs", "300", "--charts", "charts");

        Assert.Contains("charts, each as PNG and SVG, into charts", result.Error);
        var folder = _cli.Directory.File("charts");
        foreach (var stem in new[] { "circle-position", "circle-fan" })
        {
            WrittenChart.AssertPng(Path.Combine(folder, stem + ".png"), 900, 540);
        }

        var fan = WrittenChart.SvgText(Path.Combine(folder, "circle-fan.svg"));
        Assert.Contains("Circle Clinical Services Ltd (consortium lead): surplus by year", fan);
        Assert.Contains("P5–P95", fan);
        Assert.Contains("P10–P90", fan);
        Assert.Contains("P50", fan);
        Assert.Contains("2014/15", fan);
        var histogram = WrittenChart.SvgText(Path.Combine(folder, "circle-position.svg"));
        Assert.Contains("Circle Clinical Services Ltd (consortium lead): surplus over the term (300 runs)", histogram);
        Assert.Contains("runs", histogram);
        Assert.Contains("Bedfordshire CCG: income over the term (300 runs)", WrittenChart.SvgText(Path.Combine(folder, "bedfordshire-ccg-position.svg")));
    }

    private readonly record struct SheetCell(string Text, bool IsNumber);

    /// <summary>A sheet's rows as written: inline strings as text, numbers as their stored digits.</summary>
    private static List<SheetCell[]> Sheet(string path, string name)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(candidate => candidate.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row =>
            {
                var cells = new List<SheetCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnOf(cell.CellReference!.Value!);
                    while (cells.Count < column)
                    {
                        cells.Add(new SheetCell(string.Empty, false));
                    }

                    cells.Add(cell.DataType?.Value == CellValues.InlineString
                        ? new SheetCell(cell.InlineString!.InnerText, false)
                        : new SheetCell(cell.CellValue!.Text, cell.DataType?.Value == CellValues.Number));
                }

                return cells.ToArray();
            })
            .ToList();
    }

    private static int ColumnOf(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (sum, letter) => (sum * 26) + (letter - 'A' + 1)) - 1;
}
