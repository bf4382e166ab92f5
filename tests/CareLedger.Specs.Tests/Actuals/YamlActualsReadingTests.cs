using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>Well-formed YAML actuals, section by section, read into exact model values with their sources.</summary>
public sealed class YamlActualsReadingTests
{
    private static readonly ContractCalendar Calendar = ActualsContracts.Riverside.Term.Calendar;

    [Fact]
    public void Activity_reads_period_provider_line_units_prices_and_costs_exactly()
    {
        var loaded = Load(Header + """
            activity:
              - { period: 2016/17-M01, provider: acute, service_line: elective, planned: 1850, actual: 1902.5, unit_price: "£1,450", planned_cost: £2.6825m, actual_cost: "2,758,625.00" }
              - period: 2016/17-Q2
                provider: clinic
                service_line: community-services
                planned: "1,200"
                actual: 0
            """);

        // No activity against 1,200 planned is read as written, with a warning (CL808) that it is far outside plan.
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.FarFromPlan, Severity.Warning, "activity[1].actual"), (warning.Code, warning.Severity, warning.Path.ToString()));
        var actuals = loaded.Actuals!;

        Assert.Collection(
            actuals.Activity,
            row => Assert.Equal(
                new ActivityActual(Period("2016/17-M01"), Id<Party>.Of("acute"), Id<ServiceLine>.Of("elective"), 1850m, 1902.5m, Money.Gbp(1450m), Money.Gbp(2_682_500m), Money.Gbp(2_758_625m), new SourceRef(YamlFile, "activity[0]", 4, 5)),
                row),
            row => Assert.Equal(
                new ActivityActual(Period("2016/17-Q2"), Id<Party>.Of("clinic"), Id<ServiceLine>.Of("community-services"), 1200m, 0m, null, null, null, new SourceRef(YamlFile, "activity[1]", 5, 5)),
                row));
    }

    [Fact]
    public void Amounts_carry_exactly_two_decimal_places_whatever_was_written()
    {
        var row = Assert.Single(Clean(Header + """
            activity:
              - { period: 2016/17, provider: acute, service_line: elective, planned: 1, actual: 1, unit_price: £1.45k }
            """).Activity);

        Assert.Equal("1450.00", row.UnitPrice!.Value.ToPlainString());
    }

    [Fact]
    public void Indicators_read_a_milestone_result_and_a_metric_value_with_their_evidence()
    {
        var actuals = Clean(Header + """
            indicators:
              - { period: 2016/17, indicator: care-plan, result: achieved, evidence: "Board minutes, 14 March 2017" }
              - { period: 2017/18, indicator: care-plan, result: partly, evidence: Board minutes }
              - { period: 2018/19, indicator: care-plan, result: not-achieved, evidence: Board minutes }
              - period: 2016/17-Q2
                indicator: admissions-rate
                value: 13.1
                evidence: SUS extract 2016-10-31, quarter to September
            """);

        Assert.Equal(
            [
                new IndicatorResult(Period("2016/17"), Id<Indicator>.Of("care-plan"), MilestoneStatus.Achieved, null, "Board minutes, 14 March 2017", new SourceRef(YamlFile, "indicators[0]", 4, 5)),
                new IndicatorResult(Period("2017/18"), Id<Indicator>.Of("care-plan"), MilestoneStatus.PartlyAchieved, null, "Board minutes", new SourceRef(YamlFile, "indicators[1]", 5, 5)),
                new IndicatorResult(Period("2018/19"), Id<Indicator>.Of("care-plan"), MilestoneStatus.NotAchieved, null, "Board minutes", new SourceRef(YamlFile, "indicators[2]", 6, 5)),
                new IndicatorResult(Period("2016/17-Q2"), Id<Indicator>.Of("admissions-rate"), null, 13.1m, "SUS extract 2016-10-31, quarter to September", new SourceRef(YamlFile, "indicators[3]", 7, 5)),
            ],
            actuals.Indicators);
    }

    [Fact]
    public void Population_reads_the_year_and_heads()
    {
        var actuals = Clean(Header + """
            population:
              - { year: 2016/17, heads: 201500, evidence: ONS mid-year estimate 2016 }
              - { year: 2017/18, heads: "203,900" }
            """);

        Assert.Equal(
            [
                new PopulationActual(Year(1), 201_500, new SourceRef(YamlFile, "population[0]", 4, 5)),
                new PopulationActual(Year(2), 203_900, new SourceRef(YamlFile, "population[1]", 5, 5)),
            ],
            actuals.Population);
    }

    [Fact]
    public void Risk_reward_reads_actual_spend_with_a_plan_where_the_contract_has_none()
    {
        var actuals = Clean(Header + """
            risk_reward:
              - { year: 2016/17, item: acute-overspend, planned: £40m, actual: £41.2m }
              - { year: 2016/17, item: drugs, actual: "2,950,000" }
            """);

        Assert.Equal(
            [
                new RiskItemActual(Year(1), Id<RiskRewardItem>.Of("acute-overspend"), Money.Gbp(40_000_000m), Money.Gbp(41_200_000m), new SourceRef(YamlFile, "risk_reward[0]", 4, 5)),
                new RiskItemActual(Year(1), Id<RiskRewardItem>.Of("drugs"), null, Money.Gbp(2_950_000m), new SourceRef(YamlFile, "risk_reward[1]", 5, 5)),
            ],
            actuals.RiskItems);
    }

    [Fact]
    public void Provider_costs_read_the_party_and_its_cost()
    {
        var cost = Assert.Single(Clean(Header + """
            provider_costs:
              - { year: 2018/19, party: hub, actual_cost: "£24,418,000" }
            """).ProviderCosts);

        Assert.Equal(new ProviderCostActual(Year(3), Id<Party>.Of("hub"), Money.Gbp(24_418_000m), new SourceRef(YamlFile, "provider_costs[0]", 4, 5)), cost);
    }

    [Fact]
    public void Shared_savings_read_expenditure_member_months_benchmark_and_quality_score()
    {
        var actuals = Clean(Header + """
            shared_savings:
              - { year: 2016/17, terms: mssp-track, expenditure: "£61,937,500", member_months: 125000, quality_score: 92.5% }
              - { year: 2017/18, terms: amount-track, expenditure: £58m }
              - { year: 2016/17, terms: open-track, expenditure: £58m, benchmark: £60m }
            """);

        Assert.Equal(
            [
                new BenchmarkActual(Year(1), Id<SharedSavingsTerms>.Of("mssp-track"), Money.Gbp(61_937_500m), 125_000m, null, Percentage.Parse("92.5%"), new SourceRef(YamlFile, "shared_savings[0]", 4, 5)),
                new BenchmarkActual(Year(2), Id<SharedSavingsTerms>.Of("amount-track"), Money.Gbp(58_000_000m), null, null, null, new SourceRef(YamlFile, "shared_savings[1]", 5, 5)),
                new BenchmarkActual(Year(1), Id<SharedSavingsTerms>.Of("open-track"), Money.Gbp(58_000_000m), null, Money.Gbp(60_000_000m), null, new SourceRef(YamlFile, "shared_savings[2]", 6, 5)),
            ],
            actuals.Benchmarks);
    }

    [Fact]
    public void Corridors_read_the_actual_cost_and_an_optional_target()
    {
        var actuals = Clean(Header + """
            corridors:
              - { year: 2016/17, corridor: marketplace, actual_cost: "£27,295,000" }
              - { year: 2017/18, corridor: marketplace, actual_cost: £25m, target: £26m }
            """);

        Assert.Equal(
            [
                new CorridorActual(Year(1), Id<RiskCorridorTerms>.Of("marketplace"), Money.Gbp(27_295_000m), null, new SourceRef(YamlFile, "corridors[0]", 4, 5)),
                new CorridorActual(Year(2), Id<RiskCorridorTerms>.Of("marketplace"), Money.Gbp(25_000_000m), Money.Gbp(26_000_000m), new SourceRef(YamlFile, "corridors[1]", 5, 5)),
            ],
            actuals.Corridors);
    }

    [Fact]
    public void Suspensions_read_one_item_or_all_with_the_reason_and_date()
    {
        var actuals = Clean(Header + """
            suspensions:
              - { year: 2017/18, item: all, reason: Pandemic flu declared; members agreed unanimously, decided: 2018-01-15 }
              - { year: 2018/19, item: drugs, reason: National drug shortage }
            """);

        Assert.Equal(
            [
                new Suspension(Year(2), null, "Pandemic flu declared; members agreed unanimously", new DateOnly(2018, 1, 15), new SourceRef(YamlFile, "suspensions[0]", 4, 5)),
                new Suspension(Year(3), Id<RiskRewardItem>.Of("drugs"), "National drug shortage", null, new SourceRef(YamlFile, "suspensions[1]", 5, 5)),
            ],
            actuals.Suspensions);
    }

    [Fact]
    public void A_file_with_only_the_header_is_empty_actuals()
    {
        var actuals = Clean(Header);

        Assert.Equal(ContractActuals.Empty.Activity, actuals.Activity);
        Assert.Empty(actuals.Indicators);
        Assert.Empty(actuals.Suspensions);
    }

    [Fact]
    public void A_file_with_another_extension_is_read_as_yaml_when_its_first_line_is_not_a_csv_header()
    {
        var actuals = Clean("# Riverside, 2016/17\n" + Header + "population:\n  - { year: 2016/17, heads: 201500 }\n", file: "-");

        Assert.Equal(201_500, Assert.Single(actuals.Population).Heads);
    }

    [Fact]
    public void Block_style_values_with_commas_need_no_quotes()
    {
        var result = Assert.Single(Clean(Header + """
            indicators:
              - period: 2016/17
                indicator: care-plan
                result: achieved
                evidence: Alliance board minutes, 14 March 2017
            """).Indicators);

        Assert.Equal("Alliance board minutes, 14 March 2017", result.Evidence);
    }

    private static ContractPeriod Period(string label)
    {
        Assert.True(Calendar.TryParse(label, out var period, out var error), error);
        return period!;
    }

    private static ContractYear Year(int number) => Calendar.Years[number - 1];
}
