using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Actuals;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.Specs.Tests.Validation.Yaml.RiversideYaml;

namespace CareLedger.Specs.Tests.Validation;

/// <summary>
/// Values that bound a range, written so that the range holds nothing or works backwards, and percentages beyond
/// what they can mean: each an error where it is written, never clamped or silently applied to nothing.
/// </summary>
public sealed class ReversedRangeTests
{
    private const string SharedSavings = "shared_savings:\n  - { id: ss, name: Savings, entity: city-hospital, payer: riverside-ccg, minimum_savings_rate: 2%, max_sharing_rate: 50%, benchmark: { amount: £60m }, loss: { rate: complement, floor: 90%, ceiling: 75% } }\n";

    [Fact]
    public void A_loss_rate_floor_above_its_ceiling_is_reversed_at_the_floor()
    {
        var yaml = Valid + SharedSavings;

        var diagnostic = Only(yaml, DiagnosticCodes.RangeReversed);

        AssertAt(diagnostic, yaml, "floor: 90%", "90%");
        Assert.Contains("the loss rate floor 90% is above the ceiling 75%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loss_rate_floor_equal_to_its_ceiling_fixes_the_rate_and_is_accepted() =>
        Findings.None(ContractLoader.Load(Valid + SharedSavings.Replace("floor: 90%", "floor: 75%", StringComparison.Ordinal), FileName).Diagnostics);

    [Fact]
    public void An_adjustment_whose_last_year_is_before_its_first_is_reversed_at_the_last_year()
    {
        var yaml = With("    name: Inflation\n    rate: 2%", "    name: Inflation\n    rate: 2%\n    from: 2018/19\n    to_year: 2016/17");

        var diagnostic = Only(yaml, DiagnosticCodes.RangeReversed);

        AssertAt(diagnostic, yaml, "to_year: 2016/17", "2016/17");
        Assert.Equal("adjustments[0].to_year: 2016/17 is before from 2018/19, so this applies in no year; 'from' is the first year it applies in and 'to_year' the last: swap them or correct one.", diagnostic.Message);
    }

    [Fact]
    public void Years_and_a_first_year_that_leave_no_year_in_common_select_nothing_at_the_years()
    {
        var yaml = With("    name: Efficiency\n    rate: 1.5%", "    name: Efficiency\n    rate: 1.5%\n    years: 2016/17\n    from: 2017/18");

        var diagnostic = Only(yaml, DiagnosticCodes.BadPeriod);

        AssertAt(diagnostic, yaml, "years: 2016/17", "2016/17");
        Assert.Contains("together select no contract year", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corridor_whose_years_run_backwards_is_reversed_like_an_adjustment()
    {
        var yaml = With("    entity: city-hospital\n    payer: riverside-ccg\n    bands:", "    entity: city-hospital\n    payer: riverside-ccg\n    from: 2017/18\n    to: 2016/17\n    bands:");

        var diagnostic = Only(yaml, DiagnosticCodes.RangeReversed);

        AssertAt(diagnostic, yaml, "to: 2016/17", "2016/17");
    }

    [Fact]
    public void An_age_band_that_ends_before_it_starts_is_reversed_not_an_overlap()
    {
        var yaml = With("- { from: 0, to: 64, size: 82000 }", "- { from: 64, to: 0, size: 82000 }");

        var diagnostic = Only(yaml, DiagnosticCodes.RangeReversed);

        AssertAt(diagnostic, yaml, "- { from: 64, to: 0", "0,");
        Assert.Contains("age band 64-0 ends at age 0, before it starts at 64, so it holds nobody; write 'from: 0, to: 64'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_target_worse_than_its_baseline_is_reversed_at_the_target()
    {
        var yaml = With(
            "{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 20% }",
            "{ id: eol-epaccs, name: Roll out EPaCCS, category: outcome-metric, weight: 20%, measure: metric, baseline: 14, target: 15, direction: lower-is-better, scoring: linear }");

        var diagnostic = Only(yaml, DiagnosticCodes.RangeReversed);

        AssertAt(diagnostic, yaml, "id: eol-epaccs", "15,");
        Assert.Contains("has the target 15, worse than its baseline 14 when lower is better", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_worse_than_the_baseline_in_one_year_is_reported_at_that_year()
    {
        var yaml = With(
            "{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 20% }",
            "{ id: eol-epaccs, name: Roll out EPaCCS, category: outcome-metric, weight: 20%, measure: metric, baseline: 60, target: { default: 65, 2017/18: 55 }, direction: higher-is-better, scoring: linear }");

        var diagnostic = Only(yaml, DiagnosticCodes.RangeReversed);

        AssertAt(diagnostic, yaml, "id: eol-epaccs", "55 }");
        Assert.Contains("has the target 55 in 2017/18, worse than its baseline 60 when higher is better", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_equal_to_its_baseline_asks_for_no_worsening_and_is_accepted() =>
        Findings.None(ContractLoader.Load(
            With(
                "{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 20% }",
                "{ id: eol-epaccs, name: Roll out EPaCCS, category: outcome-metric, weight: 20%, measure: metric, baseline: 14, target: 14, direction: lower-is-better, scoring: linear }"),
            FileName).Diagnostics);

    [Fact]
    public void A_quality_score_over_100_percent_is_absurd_at_the_score_never_held_to_100() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, member_months: 125000, quality_score: 250% }\n",
            DiagnosticCodes.Absurd,
            4,
            98,
            "shared_savings[0].quality_score: 250% is over 100%; a quality score is between 0% and 100%");

    [Fact]
    public void A_quality_score_of_exactly_100_percent_is_accepted() =>
        ActualsAssert.Clean(ActualsAssert.Header + "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, member_months: 125000, quality_score: 100% }\n");

    private static Diagnostic Only(string yaml, string code) => Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, code);

    private static void AssertAt(Diagnostic diagnostic, string yaml, string line, string value)
    {
        var (expectedLine, expectedColumn) = PositionOf(yaml, line, value);
        Assert.Equal((FileName, expectedLine, expectedColumn), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
