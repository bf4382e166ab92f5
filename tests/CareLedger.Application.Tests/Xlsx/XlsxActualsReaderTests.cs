using CareLedger.Application.Actuals;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Application.Settlement;
using CareLedger.Application.Templates;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Tests.Xlsx;

/// <summary>Actuals as an Excel workbook: one sheet per table, read as the CSV tables are, every finding at its sheet, row and column.</summary>
public sealed class XlsxActualsReaderTests
{
    private static readonly string[] ActivityHeader = ["period", "provider", "service_line", "planned", "actual", "unit_price"];

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Every_template_s_workbook_settles_its_example_year_exactly_as_the_yaml_does(string name)
    {
        var contract = TemplateCases.Contract(name);
        var workbook = new TemplateService().RenderActualsWorkbook(name).Value!;

        var decoded = ActualsFileDecoder.Decode(name + ".actuals.xlsx", workbook);
        var fromWorkbook = new ActualsService().Load(contract, decoded.Value!.Texts);

        Assert.Equal(ActualsFormat.Xlsx, decoded.Value.Format);
        Assert.True(fromWorkbook.Succeeded, string.Join("\n", fromWorkbook.Diagnostics));
        var year = TemplateCases.Template(name).ActualsYear;
        var yaml = new SettlementService().Settle(contract, TemplateCases.Actuals(name), year).Value!;
        var xlsx = new SettlementService().Settle(contract, fromWorkbook.Value!, year).Value!;
        Assert.Equal(
            yaml.Statements.Select(statement => (statement.Party.Id, statement.Total)),
            xlsx.Statements.Select(statement => (statement.Party.Id, statement.Total)));
    }

    [Fact]
    public void A_bad_cell_is_reported_at_its_sheet_row_and_column()
    {
        var workbook = Workbooks.Of(("activity",
        [
            ActivityHeader,
            ["2016/17-M01", "sherwood-forest", "elective", "1850", "1902", "£1,450"],
            ["2016/17-M02", "sherwood-forest", "elective", "1850", "-3", "1450.00"],
        ]));

        var loaded = Load("book.xlsx", workbook);

        var error = Assert.Single(loaded.Diagnostics, finding => finding.IsError);
        Assert.Equal(("book.xlsx[activity]", 3, 5), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal(DiagnosticCodes.NegativeActual, error.Code);
        Assert.StartsWith("book.xlsx[activity]:3:5: error CL806: activity row 3, column 'actual'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_and_columns_the_sheet_skips_keep_the_sheet_s_own_numbers()
    {
        var workbook = Workbooks.WithSheetXml("activity",
        [
            """<row r="3"><c r="B3" t="inlineStr"><is><t>period</t></is></c><c r="C3" t="inlineStr"><is><t>provider</t></is></c><c r="D3" t="inlineStr"><is><t>service_line</t></is></c><c r="E3" t="inlineStr"><is><t>planned</t></is></c><c r="F3" t="inlineStr"><is><t>actual</t></is></c></row>""",
            """<row r="7"><c r="B7" t="inlineStr"><is><t>2016/17-M01</t></is></c><c r="C7" t="inlineStr"><is><t>sherwood-forrest</t></is></c><c r="D7" t="inlineStr"><is><t>elective</t></is></c><c r="E7"><v>10</v></c><c r="F7"><v>12</v></c></row>""",
        ]);

        var loaded = Load("book.xlsx", workbook);

        var error = Assert.Single(loaded.Diagnostics, finding => finding.IsError);
        Assert.Equal(("book.xlsx[activity]", 7, 3, DiagnosticCodes.UndefinedReference), (error.Location.File, error.Location.Line, error.Location.Column, error.Code));
    }

    [Fact]
    public void A_formula_is_refused_where_it_is_written_and_never_run()
    {
        var workbook = Workbooks.WithSheetXml("activity",
        [
            """<row r="1"><c r="A1" t="inlineStr"><is><t>period</t></is></c></row>""",
            """<row r="2"><c r="A2"><f>SUM(B1:B9)</f><v>3</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>""",
        ]);

        var read = XlsxActualsReader.Read("book.xlsx", workbook);

        Assert.False(read.Succeeded);
        Assert.Equal(
            [("book.xlsx[activity]", 2, 1, DiagnosticCodes.WrongType), ("book.xlsx[activity]", 2, 2, DiagnosticCodes.WrongType)],
            read.Diagnostics.Select(finding => (finding.Location.File, finding.Location.Line, finding.Location.Column, finding.Code)));
        Assert.Contains("=SUM(B1:B9)", read.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_file_that_expands_beyond_the_limit_is_refused_without_filling_memory()
    {
        // 20 rows of one 4-million-character cell: a few kilobytes compressed, 80 million characters read.
        var cell = new string('a', 4_000_000);
        var workbook = Workbooks.WithSheetXml("activity", Enumerable.Range(1, 20).Select(row => $"""<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>{cell}</t></is></c></row>"""));
        Assert.True(workbook.Length < 1_000_000, $"{workbook.Length} bytes");

        var read = XlsxActualsReader.Read("bomb.xlsx", workbook);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal("bomb.xlsx[activity]", error.Location.File);
        Assert.Contains("more than 64 Mi characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a workbook at all")]
    [InlineData("PK\u0003\u0004 and then nothing a ZIP archive needs")]
    public void A_file_that_is_not_a_workbook_is_one_located_problem(string content)
    {
        var read = ActualsFileDecoder.Decode("book.xlsx", System.Text.Encoding.UTF8.GetBytes(content));

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("book.xlsx", 1, 1, DiagnosticCodes.NotText), (error.Location.File, error.Location.Line, error.Location.Column, error.Code));
    }

    [Fact]
    public void Damaged_workbooks_are_each_a_located_problem_or_read_never_a_crash()
    {
        var original = new TemplateService().RenderActualsWorkbook("mid-notts-alliance").Value!;
        var random = new Random(20261206);
        for (var variant = 0; variant < 300; variant++)
        {
            var damaged = (byte[])original.Clone();
            if (variant % 3 == 0)
            {
                damaged = damaged[..random.Next(damaged.Length)];
            }
            else
            {
                for (var flip = 0; flip < 1 + (variant % 7); flip++)
                {
                    damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                }
            }

            var read = ActualsFileDecoder.Decode("book.xlsx", damaged);

            Assert.True(read.Succeeded || read.Diagnostics.Any(finding => finding.IsError && finding.Location.File.StartsWith("book.xlsx", StringComparison.Ordinal)), $"variant {variant}");
        }
    }

    private static ServiceResult<Domain.Actuals.ContractActuals> Load(string name, byte[] workbook)
    {
        var decoded = ActualsFileDecoder.Decode(name, workbook);
        Assert.True(decoded.Succeeded, string.Join("\n", decoded.Diagnostics));
        return new ActualsService().Load(TemplateCases.Contract("mid-notts-alliance"), decoded.Value!.Texts);
    }
}
