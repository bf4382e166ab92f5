using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Tests.Actuals;
using CareLedger.Specs.Tests.Reading;

namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// Nesting deep enough to overflow a recursive reader (40,000 <c>[</c>, the case that ended the process) is a
/// located syntax error at the first list or mapping one level too deep, in contracts and actuals alike.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Hostile = 40_000;

    [Fact]
    public void Forty_thousand_opening_brackets_in_a_contract_are_a_syntax_error_at_the_sixty_fifth()
    {
        var result = ContractReader.Read(new string('[', Hostile), ReadAssert.File);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 1, 65), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("nested more than 64 deep", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(string.Concat(Enumerable.Repeat("[0]", 64)), diagnostic.Path.ToString());
    }

    [Fact]
    public void Forty_thousand_opening_braces_under_a_key_are_a_syntax_error_on_that_line()
    {
        var result = ContractReader.Read("careledger: 1\ncontract: " + new string('{', Hostile), ReadAssert.File);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2, 74), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("contract", diagnostic.Path.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Block_lists_nested_too_deep_are_bounded_like_flow_lists()
    {
        var yaml = string.Concat(Enumerable.Range(0, 100).Select(level => new string(' ', level * 2) + "-\n"));

        var diagnostic = Assert.Single(ContractReader.Read(yaml, ReadAssert.File).Diagnostics);

        Assert.Equal((DiagnosticCodes.YamlSyntax, 65, 129), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_and_reported_as_the_wrong_shape_not_as_a_syntax_error()
    {
        var result = ContractReader.Read(new string('[', 64) + new string(']', 64), ReadAssert.File);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, diagnostic.Code);
    }

    [Fact]
    public void Forty_thousand_opening_brackets_in_yaml_actuals_are_a_syntax_error_and_nothing_is_loaded() =>
        ActualsAssert.Only(ActualsAssert.Header + "activity: " + new string('[', Hostile), DiagnosticCodes.YamlSyntax, 3, 74, "nested more than 64 deep");

    [Fact]
    public void Forty_thousand_opening_brackets_in_a_csv_cell_are_a_number_that_cannot_be_read() =>
        ActualsAssert.Only(
            "period,provider,service_line,planned,actual\n2016/17-M01,acute,urgent-care,10," + new string('[', Hostile) + "\n",
            DiagnosticCodes.WrongType,
            2,
            5,
            "is not a number",
            ActualsAssert.CsvFile);
}
