using CareLedger.Cli.Output;

namespace CareLedger.Cli.Tests.Output;

public sealed class JsonOutputTests
{
    private sealed record YearFigure(string ContractYear, string ContractValue, int Instalments);

    [Fact]
    public void A_document_built_with_the_writer_is_indented_with_LF_and_keeps_pound_signs_readable()
    {
        using var text = new StringWriter { NewLine = "\n" };

        JsonOutput.Write(text, json =>
        {
            json.WriteStartObject();
            json.WriteString("currency_symbol", "£");
            json.WriteString("amount", "-1250.00");
            json.WriteEndObject();
        });

        Assert.Equal("{\n  \"currency_symbol\": \"£\",\n  \"amount\": \"-1250.00\"\n}\n", text.ToString());
    }

    [Fact]
    public void Serialized_values_use_snake_case_names_like_contract_files()
    {
        using var text = new StringWriter { NewLine = "\n" };

        JsonOutput.Serialize(text, new YearFigure("2016/17", "26500000.00", 12));

        Assert.Equal(
            "{\n  \"contract_year\": \"2016/17\",\n  \"contract_value\": \"26500000.00\",\n  \"instalments\": 12\n}\n",
            text.ToString());
    }

    [Fact]
    public void Text_that_is_not_valid_inside_a_JSON_string_is_still_escaped()
    {
        using var text = new StringWriter { NewLine = "\n" };

        JsonOutput.Serialize(text, new YearFigure("a \"quoted\"\nname", "0.00", 0));

        Assert.Contains("\"a \\\"quoted\\\"\\nname\"", text.ToString(), StringComparison.Ordinal);
    }
}
