using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>explain's formats and its answer for a party with nothing to explain, on the Mid-Nottinghamshire template.</summary>
[Trait(Needs.Trait, Needs.Templates)]
public sealed class ExplainCommandTests : IDisposable
{
    private const string Contract = "mid-notts-alliance.yaml";
    private const string Actuals = "mid-notts-alliance.actuals.yaml";
    private const string Party = "sherwood-forest";
    private readonly CliRunner _cli = new();

    public ExplainCommandTests()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance").ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance", "--actuals").ExitCode);
    }

    public void Dispose() => _cli.Dispose();

    private CliResult Explain(params string[] extra) =>
        _cli.Run(["explain", Contract, "--actuals", Actuals, "--period", "2016/17", "--party", Party, .. extra]);

    [Fact]
    public void Table_is_the_default_and_the_text_form_it_always_was()
    {
        var byDefault = Explain();
        var table = Explain("--format", "table");
        var formerName = Explain("--format", "text");

        Assert.True(byDefault.ExitCode == ExitCodes.Ok, byDefault.ToString());
        Assert.StartsWith("Sherwood Forest Hospitals NHS Foundation Trust (sherwood-forest), 2016/17: how each amount was derived", byDefault.Out, StringComparison.Ordinal);
        Assert.Equal(byDefault.Out, table.Out);
        Assert.Equal(byDefault.Out, formerName.Out);
    }

    [Theory]
    [InlineData("JSON")]
    [InlineData("json")]
    public void Json_is_asked_for_in_any_case(string format)
    {
        var result = Explain("-f", format);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(Party, JsonDocument.Parse(result.Out).RootElement.GetProperty("party").GetString());
    }

    [Fact]
    public void Help_lists_the_same_formats_as_every_other_command()
    {
        var result = _cli.Run("explain", "--help");

        Assert.Contains("table|json|csv", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("text", result.Out.Split('\n').Single(line => line.Contains("--format", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_row_for_every_input_step_rounding_and_result_with_the_line_it_belongs_to()
    {
        var json = JsonDocument.Parse(Explain("--format", "json").Out).RootElement.GetProperty("lines");
        var result = Explain("--format", "csv");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var rows = CsvRows(result.Out);
        Assert.Equal(
            ["period", "party", "line", "element", "on_account", "amount", "counterparty", "reason", "rule", "formula", "part", "name", "value", "source", "path"],
            rows[0]);
        var expected = json.EnumerateArray().Sum(line =>
        {
            var explanation = line.GetProperty("explanation");
            var rounding = explanation.TryGetProperty("rounding", out var value) && value.ValueKind == JsonValueKind.String ? 1 : 0;
            return explanation.GetProperty("inputs").GetArrayLength() + explanation.GetProperty("steps").GetArrayLength() + rounding + 1;
        });
        Assert.Equal(expected, rows.Count - 1);
        Assert.Equal(json.GetArrayLength(), rows.Count(row => row[10] == "result"));
    }

    [Fact]
    public void Csv_inputs_say_which_file_line_and_column_and_which_key_they_came_from()
    {
        var rows = CsvRows(Explain("--format", "csv", "--element", "fixed").Out);

        var input = rows.Skip(1).First(row => row[10] == "input");
        Assert.Equal("fixed", input[3]);
        Assert.Equal("fixed for the year", input[11]);
        Assert.Equal("39762666.66", input[12]);
        Assert.Matches(@"^mid-notts-alliance\.yaml:\d+:\d+$", input[13]);
        Assert.Equal("payment.fixed", input[14]);
    }

    [Fact]
    public void A_party_with_no_lines_of_an_element_is_an_answer_not_an_error()
    {
        var result = Explain("--element", "corridor");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("has no corridor lines in 2016/17", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("no corridor lines", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_with_no_lines_of_an_element_gives_programs_an_empty_document()
    {
        var json = Explain("--element", "corridor", "--format", "json");
        var csv = Explain("--element", "corridor", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, json.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(json.Out).RootElement.GetProperty("lines").GetArrayLength());
        Assert.Equal(ExitCodes.Ok, csv.ExitCode);
        Assert.Single(CsvRows(csv.Out));
    }

    /// <summary>Splits CSV as RFC 4180 reads it (quoted fields may hold commas, quotes and line breaks).</summary>
    private static List<string[]> CsvRows(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (quoted)
            {
                if (character == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (character == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(character);
            }
        }

        return rows;
    }
}
