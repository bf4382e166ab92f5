using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// The budget command on the shipped templates: the figures the source documents give, through every output format.
/// Bedfordshire (King's Fund 2014): £26.5m in year 1 growing ~1.3% a year; 95% up front, 2.5% fee, 2.5% at risk.
/// Salford: £98m pooled two-thirds CCG, one-third council.
/// </summary>
public sealed class BudgetCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private JsonElement BudgetJson(string template, params string[] extra)
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", template).ExitCode);
        var result = _cli.Run(["budget", template + ".yaml", "--format", "json", .. extra]);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public void Bedfordshire_year_one_pays_95_percent_up_front_with_a_fee_and_an_amount_measured_not_at_risk_as_strings_with_two_decimals()
    {
        var year = BudgetJson("bedfordshire-msk-prime").GetProperty("years")[0];

        // 26,500,000.00 × 95% = 25,175,000.00; × 2.5% = 662,500.00 twice.
        Assert.Equal("2014/15", year.GetProperty("year").GetString());
        Assert.Equal("26500000.00", year.GetProperty("whole_population_budget").GetString());
        var circle = year.GetProperty("allocation")[0];
        Assert.Equal("26500000.00", circle.GetProperty("contract_value").GetString());
        Assert.Equal("25175000.00", Element(circle, "fixed").GetProperty("amount").GetString());
        Assert.Equal("662500.00", Element(circle, "management-fee").GetProperty("amount").GetString());
        Assert.Equal("662500.00", Element(circle, "outcome").GetProperty("amount").GetString());
        // Year 1 is measured, not applied: nothing is at risk; the 2.5% is measured.
        Assert.Equal("0.00", circle.GetProperty("at_risk").GetString());
        Assert.Equal("662500.00", circle.GetProperty("measured").GetString());
        Assert.Equal("0.00", circle.GetProperty("outcome_exposure").GetProperty("quarters")[0].GetProperty("at_risk").GetString());
        Assert.Equal("165625.00", circle.GetProperty("outcome_exposure").GetProperty("quarters")[0].GetProperty("measured").GetString());
        Assert.Equal(12, circle.GetProperty("instalments").GetArrayLength());
    }

    [Fact]
    public void Bedfordshire_grows_one_point_three_percent_a_year_for_five_years()
    {
        var years = BudgetJson("bedfordshire-msk-prime").GetProperty("years");

        // 26,500,000.00 × 1.013 = 26,844,500.00; five years in all.
        Assert.Equal(5, years.GetArrayLength());
        Assert.Equal("26844500.00", years[1].GetProperty("whole_population_budget").GetString());
        Assert.Equal("1.3%", years[1].GetProperty("steps")[0].GetProperty("rate").GetString());
        Assert.Equal("344500.00", years[1].GetProperty("steps")[0].GetProperty("change").GetString());
    }

    [Fact]
    public void Salford_pools_98_million_two_thirds_and_one_third_to_the_penny()
    {
        var funding = BudgetJson("salford-pooled-alliance", "--year", "2014/15").GetProperty("years")[0].GetProperty("funding");

        Assert.Equal("2/3", funding[0].GetProperty("share").GetString());
        Assert.Equal("65333333.33", funding[0].GetProperty("amount").GetString());
        Assert.Equal("1/3", funding[1].GetProperty("share").GetString());
        Assert.Equal("32666666.67", funding[1].GetProperty("amount").GetString());
    }

    [Fact]
    public void Cambridgeshire_puts_nothing_at_risk_in_year_one_then_10_and_15_percent()
    {
        var years = BudgetJson("cambs-older-people-prime-provider").GetProperty("years");

        var shares = years.EnumerateArray()
            .Select(year => Element(year.GetProperty("allocation")[0], "outcome").GetProperty("rate").GetString()!)
            .ToArray();
        Assert.Equal(["0%", "10%", "10%", "15%", "15%"], shares);
    }

    [Fact]
    public void Mid_notts_outcome_pot_is_1_8_percent_of_each_providers_contract_value()
    {
        var allocation = BudgetJson("mid-notts-alliance", "--year", "2016/17").GetProperty("years")[0].GetProperty("allocation");

        foreach (var provider in allocation.EnumerateArray())
        {
            var value = decimal.Parse(provider.GetProperty("contract_value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var pot = decimal.Parse(Element(provider, "outcome").GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(decimal.Round(value * 0.018m, 2, MidpointRounding.AwayFromZero), pot);
        }
    }

    [Fact]
    public void The_table_shows_each_step_and_the_csv_is_one_figure_per_row()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "bedfordshire-msk-prime").ExitCode);

        var table = _cli.Run("budget", "bedfordshire-msk-prime.yaml", "--year", "2015/16");
        var csv = _cli.Run("budget", "bedfordshire-msk-prime.yaml", "--format", "csv");

        Assert.Contains("1.3% of £26,500,000.00", table.Out, StringComparison.Ordinal);
        Assert.Contains("£26,844,500.00", table.Out, StringComparison.Ordinal);
        Assert.StartsWith("year,section,name,provider,service_line,element,period,rate,amount", csv.Out, StringComparison.Ordinal);
        Assert.Contains("2014/15,element,", csv.Out, StringComparison.Ordinal);
        Assert.Contains(",fixed,,95%,25175000.00", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_the_contract_does_not_have_is_a_usage_error_listing_its_years()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "bedfordshire-msk-prime").ExitCode);

        var result = _cli.Run("budget", "bedfordshire-msk-prime.yaml", "--year", "2030/31");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("2014/15, 2015/16, 2016/17, 2017/18, 2018/19", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_with_errors_that_change_the_budget_is_not_computed()
    {
        _cli.Directory.Write("bad.yaml", """
            careledger: 1
            contract:
              id: bad
              name: Bad
              model: alliance
              term: { start: 2016-04, years: 1 }
            parties:
              - { id: ccg, name: CCG, roles: [commissioner] }
              - { id: trust, name: Trust, roles: [provider] }
            service_lines:
              - { id: acute, name: Acute }
            baseline:
              spend:
                - { service_line: acute, provider: trusst, amount: £1m }
            """);

        var result = _cli.Run("budget", "bad.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("bad.yaml:14:", result.Error, StringComparison.Ordinal);
        Assert.Contains("CL101", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    // A provider's elements are listed by name: fixed, variable, outcome, management-fee.
    private static JsonElement Element(JsonElement provider, string name) =>
        provider.GetProperty("elements").EnumerateArray().Single(element => element.GetProperty("element").GetString() == name);
}
