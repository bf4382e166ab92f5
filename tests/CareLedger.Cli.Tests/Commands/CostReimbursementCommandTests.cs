using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>Budget, settle and explain on the Lambeth template, whose third year is paid by direct cost reimbursement.</summary>
public sealed class CostReimbursementCommandTests : IDisposable
{
    private const string Contract = "lambeth-alliance.yaml";
    private const string Actuals = "lambeth-alliance.actuals.yaml";
    private readonly CliRunner _cli = new();

    public CostReimbursementCommandTests()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "lambeth-alliance").ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "lambeth-alliance", "--actuals").ExitCode);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Explain_filters_on_the_cost_reimbursement_element_and_cites_the_terms_and_each_cost_row()
    {
        var result = _cli.Run("explain", Contract, "--actuals", Actuals, "--period", "2017/18", "--party", "certitude", "--element", "cost-reimbursement");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("rule:     cost-reimbursement", result.Out, StringComparison.Ordinal);
        Assert.Contains("[lambeth-alliance.yaml:", result.Out, StringComparison.Ordinal);
        Assert.Contains("(payment.cost_reimbursement[0])]", result.Out, StringComparison.Ordinal);
        Assert.Contains("(allowable_costs[24])]", result.Out, StringComparison.Ordinal);
        Assert.Contains("held at the cap: £1,633,333.34", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_in_json_has_a_cost_reimbursement_element_only_in_the_year_paid_at_cost()
    {
        var result = _cli.Run("budget", Contract, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var years = JsonDocument.Parse(result.Out).RootElement.GetProperty("years");
        bool AtCost(JsonElement year) => year.GetProperty("allocation").EnumerateArray().Any(provider => provider.GetProperty("elements").EnumerateArray().Any(element => element.GetProperty("element").GetString() == "cost-reimbursement"));
        Assert.Equal([false, false, true], years.EnumerateArray().Select(AtCost));

        // The placements terms are capped at a stated £1,050,000.00 (lambeth-alliance.yaml, payment.cost_reimbursement).
        var reimbursed = years[2].GetProperty("allocation").EnumerateArray()
            .SelectMany(provider => provider.GetProperty("reimbursed_at_cost").EnumerateArray())
            .ToArray();
        Assert.NotEmpty(reimbursed);
        Assert.All(reimbursed, entry => Assert.Matches(@"^\d+\.\d\d$", entry.GetProperty("planned").GetString()!));
        Assert.Contains(reimbursed, entry => entry.GetProperty("cap").GetString() == "1050000.00");
    }

    [Fact]
    public void Allowable_costs_can_be_given_as_a_csv_table()
    {
        File.WriteAllText(
            Path.Combine(_cli.Directory.Path, "costs.csv"),
            "period,provider,service_line,allowable_cost,evidence\n2017/18-M01,thames-reach,supported-housing,\"£120,000.00\",Claim 2017-03\n");

        // Only Thames Reach's cost is given, so M01 is settled provisionally: the other providers' costs are missing.
        var result = _cli.Run("settle", Contract, "--actuals", "costs.csv", "--period", "2017/18-M01", "--provisional");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("allowable costs £120,000.00 reported in 2017/18-M01", result.Out, StringComparison.Ordinal);
        Assert.Contains("no allowable costs of Certitude (certitude) for 2017/18-M01", result.Out, StringComparison.Ordinal);
    }
}
