using System.Globalization;
using System.Text.Json;
using CareLedger.Cli.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>activity report --xlsx</c> and <c>--chart</c>: the workbook holds the figures the CSV and JSON print, no cell is
/// a formula however a code starts, and the chart is written as PNG or SVG.
/// </summary>
public sealed class ActivityReportFileTests : IDisposable
{
    private const string Prices = "pod,hrg,unit_cost,activity\nelective,AA01A,1000.0000,3\noutpatient,WF01A,120.2500,10\nae,VB09Z,177.0078,5\n";

    // A provider code written as a formula, as a hostile or careless extract might carry; the rest as in ActivityCommandTests.
    private const string Activity = """
        patient_id,record_id,date,provider,pod,hrg,units,age,sex,diagnosis
        P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,I500
        P1,R2,2023-04-21,RX1,outpatient,WF01A,3,70,M,I500
        P2,R3,2023-05-20,=1+2,elective,AA01A,1,45,F,K358
        P3,R5,2023-06-15,RX2,ae,VB09Z,1,8,F,S52

        """;

    private readonly CliRunner _cli = new();

    private string[] Workspace => ["--data-folder", _cli.Directory.File("data")];

    [Fact]
    public void The_workbook_holds_the_same_figures_as_the_csv_and_the_json()
    {
        Import();

        var csv = _cli.Run(["activity", "report", "--by", "provider-pod", "--format", "csv", "--xlsx", "spend.xlsx", .. Workspace]);
        var json = _cli.Run(["activity", "report", "--by", "provider-pod", "--format", "json", .. Workspace]);

        Assert.True(csv.ExitCode == 0, csv.ToString());
        var sheet = Sheet(_cli.Directory.File("spend.xlsx"), "spend");
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length + 1, sheet.Count);
        Assert.Equal(lines[0].Split(','), sheet[0]);
        // The numbers columns (records, units, patients, not attended, spend) agree line for line.
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            Assert.Equal(cells[3..8].Select(decimal.Parse), sheet[i][3..8].Select(decimal.Parse));
        }

        using var document = JsonDocument.Parse(json.Out);
        var total = decimal.Parse(document.RootElement.GetProperty("total").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(total, decimal.Parse(sheet[^1][7], CultureInfo.InvariantCulture));
        Assert.Equal("all activity", sheet[^1][0]);
    }

    [Fact]
    public void A_code_that_looks_like_a_formula_is_text_in_the_workbook_and_never_a_formula()
    {
        Import();

        var result = _cli.Run(["activity", "report", "--by", "provider-pod", "--xlsx", "spend.xlsx", .. Workspace]);

        Assert.Equal(0, result.ExitCode);
        using var document = SpreadsheetDocument.Open(_cli.Directory.File("spend.xlsx"), false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, cell => cell.CellFormula is not null);
        var hostile = Assert.Single(cells, cell => cell.InnerText.StartsWith('='));
        Assert.Equal(CellValues.InlineString, hostile.DataType!.Value);
        Assert.Equal("=1+2", hostile.InnerText);
    }

    [Theory]
    [InlineData("provider-pod", "spend.png")]
    [InlineData("age-sex", "spend.svg")]
    public void A_chart_is_written_as_png_or_svg_beside_the_printed_figures(string view, string file)
    {
        Import();

        var result = _cli.Run(["activity", "report", "--by", view, "--chart", file, .. Workspace]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("spend", result.Out, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(_cli.Directory.File(file));
        if (file.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        else
        {
            Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_chart_file_that_is_neither_png_nor_svg_is_a_usage_error()
    {
        var result = _cli.Run(["activity", "report", "--chart", "spend.pdf", .. Workspace]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".png or .svg", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private void Import()
    {
        var result = _cli.Run(["activity", "import", _cli.Directory.Write("activity.csv", Activity), "--layout", "generic",
            "--prices", _cli.Directory.Write("prices.csv", Prices), .. Workspace]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>A sheet's cells as text, row by row (inline strings as written, numbers as their stored digits).</summary>
    private static List<string[]> Sheet(string path, string name)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(each => each.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => cell.InnerText).ToArray()).ToList();
    }
}
