using CareLedger.Specs.Scenarios;

namespace CareLedger.Simulation.Tests;

/// <summary>Bad scenario files: every problem located at FILE:LINE:COL, never an exception.</summary>
public sealed class ScenarioErrorTests
{
    private const string Head = "careledger_scenario: 1\ncontract: mid-notts-better-together\n";

    private static string[] Errors(string body)
    {
        var contract = TemplateFiles.Contract("mid-notts-alliance");
        var loaded = ScenarioLoader.Load(contract, Head + body, "bad.scenario.yaml");
        Assert.Null(loaded.Scenario);
        return loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void A_correlation_matrix_that_is_not_positive_definite_is_rejected_with_the_reason()
    {
        var errors = Errors("""
            inflation: { id: a, distribution: normal, mean: 2%, sd: 1% }
            activity:
              - { service_line: elective, planned: 10, unit_price: £1, volume: { id: b, distribution: normal, mean: 0%, sd: 1% } }
            costs:
              - { party: nuh, amount: £1m, variation: { id: c, distribution: normal, mean: 0%, sd: 1% } }
            correlations:
              variables: [a, b, c]
              matrix:
                - [1, 0.9, 0.9]
                - [0.9, 1, -0.9]
                - [0.9, -0.9, 1]
            """);
        var error = Assert.Single(errors);
        Assert.StartsWith("bad.scenario.yaml:11:5: error CL903", error);
        Assert.Contains("not positive definite", error);
    }

    [Theory]
    [InlineData("[1, 0.5], [0.4, 1]", "symmetric")]
    [InlineData("[1, 0.5], [0.5, 2]", "diagonal must be 1")]
    [InlineData("[1, 1.5], [1.5, 1]", "between -1 and 1")]
    [InlineData("[1, 0.5]", "square")]
    public void An_invalid_correlation_matrix_is_rejected_with_the_reason(string rows, string reason)
    {
        var errors = Errors($$"""
            inflation: { id: a, distribution: normal, mean: 2%, sd: 1% }
            costs:
              - { party: nuh, amount: £1m, variation: { id: c, distribution: uniform, min: -1%, max: 1% } }
            correlations: { variables: [a, c], matrix: [{{rows}}] }
            """);
        Assert.Contains(errors, error => error.Contains("CL903", StringComparison.Ordinal) && error.Contains(reason, StringComparison.Ordinal));
        Assert.All(errors, error => Assert.Matches(@"^bad\.scenario\.yaml:\d+:\d+: error CL\d{3}", error));
    }

    [Theory]
    [InlineData("inflation: { distribution: normall, mean: 2%, sd: 1% }", "bad.scenario.yaml:3:28: error CL901")]
    [InlineData("inflation: { distribution: normal, mean: 2%, sd: -1% }", "bad.scenario.yaml:3:50: error CL902")]
    [InlineData("inflation: { distribution: triangular, min: 3%, mode: 1%, max: 4% }", "bad.scenario.yaml:3:55: error CL902")]
    [InlineData("inflation: { distribution: normal, mean: 2, sd: 1% }", "bad.scenario.yaml:3:42: error CL005")]
    [InlineData("costs: [{ party: nhu, amount: £1m }]", "bad.scenario.yaml:3:18: error CL802")]
    [InlineData("indicators: [{ indicator: falls-review, result: 0.9 }]", "bad.scenario.yaml:3:49: error CL902")]
    [InlineData("inflaton: 2%", "bad.scenario.yaml:3:1: error CL002")]
    [InlineData("inflation: [2%", "bad.scenario.yaml:")]
    public void A_bad_input_is_reported_where_it_is_written(string line, string expected)
    {
        var errors = Errors(line + "\n");
        Assert.Contains(errors, error => error.StartsWith(expected, StringComparison.Ordinal));
    }
}
