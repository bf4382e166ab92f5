using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Actuals;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.Specs.Tests.Hostile.SmallContract;

namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// The figures that overflowed the budget and settlement (exit 3) are errors where they are written: values beyond
/// a documented limit when read, a budget that would grow past the largest CareLedger computes with when validated.
/// </summary>
public sealed class OverflowTests
{
    [Fact]
    public void Inflation_of_100000_percent_on_99bn_is_absurd_at_the_rate()
    {
        var yaml = With(With("amount: £10m }", "amount: £99bn }"), "rate: 2%", "rate: 100000%");

        var diagnostic = Only(yaml, DiagnosticCodes.Absurd);

        AssertAt(diagnostic, yaml, "kind: inflation", "100000%");
        Assert.Contains("has a rate of 100000% a year, which would more than double the budget each year it applies", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_of_the_largest_decimal_is_absurd_at_the_rate()
    {
        var yaml = With("rate: 2%", "rate: 79228162514264337593543950335%");

        AssertAt(Only(yaml, DiagnosticCodes.Absurd), yaml, "kind: inflation", "79228162514264337593543950335%");
    }

    [Fact]
    public void A_term_of_33_years_is_absurd_at_its_length()
    {
        var yaml = With(With("years: 2 }", "years: 33 }"), "{ kind: inflation, rate: 2% }", "{ kind: growth, rate: 100% }");

        var diagnostic = Findings.Exactly(ContractLoader.Load(yaml, FileName).Diagnostics, DiagnosticCodes.Absurd, 1)[0];

        AssertAt(diagnostic, yaml, "term:", "33");
        Assert.Contains("a term of 33 years is longer than any contract of this kind; CareLedger reads terms of up to 30 years", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirty_years_of_doubling_from_99bn_is_absurd_at_the_rate_once_naming_the_years_past_the_limit()
    {
        var yaml = With(With(With("years: 2 }", "years: 30 }"), "amount: £10m }", "amount: £99bn }"), "{ kind: inflation, rate: 2% }", "{ kind: growth, rate: 100% }");

        var loaded = ContractLoader.Load(yaml, FileName);

        var diagnostic = Findings.Exactly(loaded.Diagnostics.Where(finding => finding.IsError).ToArray(), DiagnosticCodes.Absurd, 1)[0];
        AssertAt(diagnostic, yaml, "kind: growth", "100%");
        Assert.Equal("adjustments[0].rate", diagnostic.Path.ToString());
        Assert.StartsWith("growth would take the budget beyond 1,000,000,000,000 in the contract's currency", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(in 2019/20 and the 26 years after it); check its rate or amount and the years it applies to.", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(loaded.CanComputeBudget);
    }

    private static Diagnostic Only(string yaml, string code) => Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics.Where(finding => finding.IsError).ToArray(), code);

    private static void AssertAt(Diagnostic diagnostic, string yaml, string line, string value)
    {
        var (expectedLine, expectedColumn) = PositionOf(yaml, line, value);
        Assert.Equal((FileName, expectedLine, expectedColumn), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void An_actual_count_of_a_hundred_trillion_is_absurd_at_the_count() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: urgent-care, planned: 10, actual: 100000000000000 }\n",
            DiagnosticCodes.Absurd,
            4,
            93,
            "activity[0].actual: 100000000000000 is more than a billion");

    [Fact]
    public void A_planned_count_beyond_any_long_is_absurd_at_the_count() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: urgent-care, planned: 99999999999999999999, actual: 12 }\n",
            DiagnosticCodes.Absurd,
            4,
            81,
            "activity[0].planned: 99999999999999999999 is more than a billion");

    [Fact]
    public void Units_at_a_price_worth_more_than_100bn_are_absurd_at_the_units() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: elective, planned: 10, actual: 99999999, unit_price: \"£99,999,999,999.99\" }\n",
            DiagnosticCodes.Absurd,
            4,
            90,
            "activity[0].actual: 99999999 units at £99,999,999,999.99 are worth £9,999,999,899,999,000,000.01, over 100bn");

    [Fact]
    public void Units_priced_by_the_contract_are_held_to_the_same_limit_in_a_csv_table() =>
        ActualsAssert.Only(
            "period,provider,service_line,planned,actual\n2016/17-M01,acute,urgent-care,10,999999999\n",
            DiagnosticCodes.Absurd,
            2,
            5,
            "activity row 2, column 'actual': 999999999 units at £150.00 are worth £149,999,999,850.00, over 100bn",
            ActualsAssert.CsvFile);

    [Fact]
    public void An_amount_in_actuals_over_100bn_is_absurd_at_the_amount() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "risk_reward:\n  - { year: 2016/17, item: drugs, actual: \"£100,000,000,000.01\" }\n",
            DiagnosticCodes.Absurd,
            4,
            43,
            "risk_reward[0].actual: 100000000000.01 is over 100bn");

    [Fact]
    public void A_metric_value_beyond_a_trillion_is_absurd_at_the_value() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "indicators:\n  - { period: 2016/17, indicator: admissions-rate, value: -1000000000001, evidence: SUS }\n",
            DiagnosticCodes.Absurd,
            4,
            59,
            "indicators[0].value: -1000000000001 is beyond a trillion either way");

    [Fact]
    public void A_population_count_over_100_million_is_absurd_at_the_heads() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "population:\n  - { year: 2016/17, heads: 100000001 }\n",
            DiagnosticCodes.Absurd,
            4,
            29,
            "population[0].heads: 100000001 is more than 100 million people");

    [Fact]
    public void Member_months_at_the_price_per_member_worth_more_than_100bn_are_absurd_at_the_member_months() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, member_months: 200000001, quality_score: 100% }\n",
            DiagnosticCodes.Absurd,
            4,
            75,
            "shared_savings[0].member_months: 200000001 member-months at £500.00 per member per month make a benchmark of £100,000,000,500.00, over 100bn");

    [Fact]
    public void Heads_at_the_tolerance_price_per_head_worth_more_than_100bn_are_absurd_at_the_heads()
    {
        var contract = ContractLoader.Load(
            ActualsContracts.RiversideYaml.Replace("{ band: 0.5%, adjust: excess-only }", "{ band: 0.5%, adjust: excess-only, price_per_head: £1m }", StringComparison.Ordinal),
            "riverside.yaml").Contract!;

        ActualsAssert.Only(
            ActualsAssert.Header + "population:\n  - { year: 2016/17, heads: 100001 }\n",
            DiagnosticCodes.Absurd,
            4,
            29,
            "population[0].heads: 100001 people at the growth tolerance's £1,000,000.00 per head are worth £100,001,000,000.00, over 100bn",
            contract: contract);
    }
}
