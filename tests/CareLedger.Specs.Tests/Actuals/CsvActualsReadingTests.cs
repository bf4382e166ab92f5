using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>Well-formed CSV tables, one per section, recognised from their headers and read into exact model values.</summary>
public sealed class CsvActualsReadingTests
{
    private static readonly ContractCalendar Calendar = ActualsContracts.Riverside.Term.Calendar;

    [Fact]
    public void An_activity_table_reads_every_column_and_cites_each_row()
    {
        var actuals = Clean("""
            period,provider,service_line,planned,actual,unit_price,planned_cost,actual_cost
            2016/17-M01,acute,elective,1850,1902,1450.00,,
            2016/17-M02,acute,elective,"1,850",1811,"£1,450.00",£2.6825m,"£2,625,950"
            """, CsvFile);

        Assert.Equal(
            [
                new ActivityActual(Period("2016/17-M01"), Id<Party>.Of("acute"), Id<ServiceLine>.Of("elective"), 1850m, 1902m, Money.Gbp(1450m), null, null, new SourceRef(CsvFile, "activity row 2", 2, 1)),
                new ActivityActual(Period("2016/17-M02"), Id<Party>.Of("acute"), Id<ServiceLine>.Of("elective"), 1850m, 1811m, Money.Gbp(1450m), Money.Gbp(2_682_500m), Money.Gbp(2_625_950m), new SourceRef(CsvFile, "activity row 3", 3, 1)),
            ],
            actuals.Activity);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_left_out()
    {
        var row = Assert.Single(Clean("""
            actual,service_line,planned,provider,period
            96,urgent-care,100,acute,2016/17-Q1
            """, CsvFile).Activity);

        Assert.Equal((Period("2016/17-Q1"), 100m, 96m, (Money?)null), (row.Period, row.PlannedActivity, row.ActualActivity, row.UnitPrice));
    }

    [Fact]
    public void An_indicators_table_reads_results_and_values_with_quoted_evidence()
    {
        var actuals = Clean("""
            period,indicator,result,value,evidence
            2016/17,care-plan,achieved,,"Board minutes, 14 March 2017"
            2016/17-Q2,admissions-rate,,13.1,SUS extract 2016-10-31
            """, CsvFile);

        Assert.Equal(
            [
                new IndicatorResult(Period("2016/17"), Id<Indicator>.Of("care-plan"), MilestoneStatus.Achieved, null, "Board minutes, 14 March 2017", new SourceRef(CsvFile, "indicators row 2", 2, 1)),
                new IndicatorResult(Period("2016/17-Q2"), Id<Indicator>.Of("admissions-rate"), null, 13.1m, "SUS extract 2016-10-31", new SourceRef(CsvFile, "indicators row 3", 3, 1)),
            ],
            actuals.Indicators);
    }

    [Fact]
    public void A_population_table_reads_year_and_heads()
    {
        var count = Assert.Single(Clean("year,heads,evidence\n2017/18,\"203,900\",ONS mid-2017\n", CsvFile).Population);

        Assert.Equal(new PopulationActual(Calendar.Years[1], 203_900, new SourceRef(CsvFile, "population row 2", 2, 1)), count);
    }

    [Fact]
    public void A_risk_reward_table_reads_plan_and_spend()
    {
        var spend = Assert.Single(Clean("year,item,planned,actual\n2016/17,acute-overspend,£40m,£41.2m\n", CsvFile).RiskItems);

        Assert.Equal(new RiskItemActual(Calendar.Years[0], Id<RiskRewardItem>.Of("acute-overspend"), Money.Gbp(40_000_000m), Money.Gbp(41_200_000m), new SourceRef(CsvFile, "risk_reward row 2", 2, 1)), spend);
    }

    [Fact]
    public void A_provider_costs_table_reads_party_and_cost()
    {
        var cost = Assert.Single(Clean("party,year,actual_cost\nhub,2016/17,24418000.00\n", CsvFile).ProviderCosts);

        Assert.Equal(new ProviderCostActual(Calendar.Years[0], Id<Party>.Of("hub"), Money.Gbp(24_418_000m), new SourceRef(CsvFile, "provider_costs row 2", 2, 1)), cost);
    }

    [Fact]
    public void A_shared_savings_table_reads_expenditure_member_months_and_quality()
    {
        var actual = Assert.Single(Clean("year,terms,expenditure,member_months,benchmark,quality_score\n2016/17,mssp-track,61937500,125000,,100%\n", CsvFile).Benchmarks);

        Assert.Equal(new BenchmarkActual(Calendar.Years[0], Id<SharedSavingsTerms>.Of("mssp-track"), Money.Gbp(61_937_500m), 125_000m, null, Percentage.Hundred, new SourceRef(CsvFile, "shared_savings row 2", 2, 1)), actual);
    }

    [Fact]
    public void A_corridors_table_reads_cost_and_target()
    {
        var actual = Assert.Single(Clean("year,corridor,actual_cost,target\n2017/18,marketplace,27295000,26000000\n", CsvFile).Corridors);

        Assert.Equal(new CorridorActual(Calendar.Years[1], Id<RiskCorridorTerms>.Of("marketplace"), Money.Gbp(27_295_000m), Money.Gbp(26_000_000m), new SourceRef(CsvFile, "corridors row 2", 2, 1)), actual);
    }

    [Fact]
    public void A_suspensions_table_reads_item_reason_and_date()
    {
        var suspension = Assert.Single(Clean("year,item,reason,decided\n2017/18,all,\"Pandemic flu declared; members agreed\",2018-01-15\n", CsvFile).Suspensions);

        Assert.Equal(new Suspension(Calendar.Years[1], null, "Pandemic flu declared; members agreed", new DateOnly(2018, 1, 15), new SourceRef(CsvFile, "suspensions row 2", 2, 1)), suspension);
    }

    [Fact]
    public void Formula_looking_cells_are_kept_as_text_and_never_evaluated()
    {
        var result = Assert.Single(Clean("""
            period,indicator,result,evidence
            2016/17,care-plan,achieved,"=HYPERLINK(""https://example.org/minutes"",""minutes"")"
            """, CsvFile).Indicators);

        Assert.Equal("=HYPERLINK(\"https://example.org/minutes\",\"minutes\")", result.Evidence);
    }

    [Fact]
    public void Leading_plus_minus_and_at_signs_in_text_cells_are_kept_too()
    {
        var results = Clean("period,indicator,result,evidence\n2016/17,care-plan,achieved,+1 on the board\n2017/18,care-plan,achieved,@cmd|' /C calc'!A0\n2018/19,care-plan,achieved,-see minutes\n", CsvFile).Indicators;

        Assert.Equal(["+1 on the board", "@cmd|' /C calc'!A0", "-see minutes"], results.Select(result => result.Evidence));
    }

    [Fact]
    public void A_byte_order_mark_crlf_line_ends_blank_lines_and_a_trailing_newline_are_all_fine()
    {
        var actuals = Clean("\uFEFFyear,heads\r\n2016/17,201500\r\n\r\n2017/18,203900\r\n", CsvFile);

        Assert.Equal(
            [(201_500, 2), (203_900, 4)],
            actuals.Population.Select(count => (count.Heads, count.Source!.Line)));
    }

    [Fact]
    public void A_line_break_inside_a_quoted_cell_does_not_start_a_new_row()
    {
        var results = Clean("period,indicator,result,evidence\n2016/17,care-plan,achieved,\"Minutes,\nitem 5\"\n2017/18,care-plan,partly,Minutes\n", CsvFile).Indicators;

        Assert.Equal([("Minutes,\nitem 5", 2), ("Minutes", 3)], results.Select(result => (result.Evidence, result.Source!.Line)));
    }

    [Fact]
    public void A_file_named_otherwise_is_read_as_csv_when_its_first_line_is_a_header()
    {
        var count = Assert.Single(Clean("year,heads\n2016/17,201500\n", file: "population.txt").Population);

        Assert.Equal(201_500, count.Heads);
    }

    [Fact]
    public void A_table_with_only_a_header_is_empty_actuals()
    {
        var actuals = Clean("period,provider,service_line,planned,actual,unit_price\n", CsvFile);

        Assert.Empty(actuals.Activity);
    }

    private static ContractPeriod Period(string label)
    {
        Assert.True(Calendar.TryParse(label, out var period, out var error), error);
        return period!;
    }
}
