using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Each template's example actuals: shipped beside it, commented and marked, loaded with no diagnostics against it,
/// and settled for its year with every reconciliation check passing and every mechanism the template has at work.
/// </summary>
public sealed partial class ExampleActualsTests
{
    private const string MidNotts = "mid-notts-alliance";
    private const string Bedfordshire = "bedfordshire-msk-prime";
    private const string Cambridgeshire = "cambs-older-people-prime-provider";
    private const string Salford = "salford-pooled-alliance";
    private const string Lambeth = "lambeth-alliance";
    private const string Staffordshire = "staffordshire-prime";

    public static TheoryData<string> AllTemplates => new(TemplateCatalog.All.Select(template => template.Name));

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_template_ships_its_example_actuals_as_an_embedded_resource(string name)
    {
        var resource = $"CareLedger.Specs.Templates.{name}.actuals.yaml";
        using var stream = typeof(TemplateCatalog).Assembly.GetManifestResourceStream(resource);

        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal(reader.ReadToEnd(), Template(name).ActualsYaml);
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_example_is_commented_names_its_contract_and_marks_its_made_up_figures(string name)
    {
        var template = Template(name);
        var text = template.ActualsYaml;

        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*# ILLUSTRATIVE: \S", text);
        Assert.Matches(@"\(seed 00[0-4]\)", text);
        Assert.Contains($"careledger settle {name}.yaml --actuals {name}.actuals.yaml --period {template.ActualsYear}", text, StringComparison.Ordinal);
        Assert.Contains($"contract: {Contract(name).Id}\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_example_loads_against_its_template_with_no_diagnostics(string name)
    {
        var loaded = ActualsLoader.Load(Contract(name), Template(name).ActualsYaml, name + ".actuals.yaml");

        Assert.True(loaded.Diagnostics.Count == 0, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.NotNull(loaded.Actuals);
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_example_settles_its_year_with_every_reconciliation_check_passing(string name)
    {
        var settlement = Settle(name);

        Assert.Equal(PeriodKind.Year, settlement.Period.Kind);
        Assert.NotEmpty(settlement.Checks);
        Assert.True(settlement.AllChecksPassed, string.Join(Environment.NewLine, settlement.Checks.Where(check => !check.Passed).Select(check => $"{check.Name}: {check.Detail}")));
        Assert.True(settlement.Statements.Sum(statement => statement.Total.Amount) == 0m);
    }

    [Fact]
    public void The_examples_are_for_the_first_year_except_bedfordshire_s_ramp_cambridgeshire_s_ten_percent_year_and_lambeth_s_year_at_cost()
    {
        Assert.Equal(
            [(MidNotts, 1), (Bedfordshire, 2), (Cambridgeshire, 2), (Salford, 1), (Lambeth, 3), (Staffordshire, 1)],
            TemplateCatalog.All.Select(template => (template.Name, Year(template.Name).Number)));
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_indicator_of_a_template_s_frameworks_has_a_result_for_the_year_or_each_quarter(string name)
    {
        var contract = Contract(name);
        var actuals = Actuals(name);
        var year = Year(name);
        foreach (var indicator in contract.Frameworks.SelectMany(framework => framework.Indicators))
        {
            var periods = actuals.Indicators.Where(result => result.Indicator == indicator.Id && result.Period.Year == year).Select(result => result.Period).ToArray();
            Assert.True(
                periods.Any(period => period.Kind == PeriodKind.Year) || periods.Count(period => period.Kind == PeriodKind.Quarter) == 4,
                $"No result for '{indicator.Id}' in {year.Label}.");
        }

        Assert.All(actuals.Indicators, result => Assert.False(string.IsNullOrWhiteSpace(result.Evidence)));
    }

    [Fact]
    public void Mid_notts_reports_twelve_months_of_elective_activity_for_each_acute_provider_in_both_mechanisms()
    {
        var activity = Actuals(MidNotts).Activity;

        Assert.Equal(48, activity.Count);
        Assert.All(activity, row => Assert.Equal(PeriodKind.Month, row.Period.Kind));
        Assert.Equal(
            ["circle-health", "nuh", "sherwood-forest", "ulh"],
            activity.GroupBy(row => row.Provider.Value).Where(group => group.Count() == 12).Select(group => group.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Mid_notts_achieves_every_indicator_so_every_provider_is_paid_its_whole_1_8_percent()
    {
        var contract = Contract(MidNotts);
        var settlement = Settle(MidNotts);
        var plan = BudgetEngine.Build(contract);
        var allocation = AllocationEngine.Allocate(plan)[0];

        foreach (var provider in allocation.Providers)
        {
            var expected = (provider.ContractValue * Percentage.Parse("1.8%")).Round(contract.Rounding);
            Assert.Equal(expected, settlement.StatementFor(provider.Payee.Id).TotalOf(StatementElement.Outcome));
        }

        Assert.Equal(Money.Gbp(1_764_000.00m), Money.Sum(allocation.Providers.Select(provider => settlement.StatementFor(provider.Payee.Id).TotalOf(StatementElement.Outcome)), contract.Currency));
        Assert.All(Actuals(MidNotts).Indicators, result => Assert.True(result.Status is MilestoneStatus.Achieved or null));
    }

    [Fact]
    public void Mid_notts_pays_circle_for_elective_activity_above_plan_and_recovers_from_sherwood_forest_below_it()
    {
        var settlement = Settle(MidNotts);

        Assert.Equal(Money.Gbp(194_643.75m), VolumeVariance(settlement, "circle-health"));
        Assert.Equal(Money.Gbp(-90_770.00m), VolumeVariance(settlement, "sherwood-forest"));
        Assert.Equal(Money.Gbp(0.00m), VolumeVariance(settlement, "nuh"));
        Assert.Equal(Money.Gbp(-3_200.00m), VolumeVariance(settlement, "ulh"));
        Assert.Contains(settlement.Checks, check => check.Name.StartsWith("Patient choice", StringComparison.Ordinal) && check.Passed);
        Assert.Contains(Lines(settlement, "circle-health", StatementElement.Variable), line => line.Reason.StartsWith("Patient choice", StringComparison.Ordinal) && line.Amount.Amount > 0m);
    }

    [Fact]
    public void Mid_notts_shares_the_non_elective_overspend_among_the_participants_by_influence()
    {
        var settlement = Settle(MidNotts);

        Assert.Equal(Money.Gbp(-258_000.00m), settlement.StatementFor(Party("sherwood-forest")).TotalOf(StatementElement.RiskShare));
        Assert.Equal(Money.Gbp(-129_000.00m), settlement.StatementFor(Party("nuh")).TotalOf(StatementElement.RiskShare));
        Assert.Equal(Money.Gbp(-215_000.00m), settlement.StatementFor(Party("notts-healthcare")).TotalOf(StatementElement.RiskShare));
        Assert.Equal(Money.Gbp(705_200.00m), settlement.StatementFor(Party("mansfield-ashfield-ccg")).TotalOf(StatementElement.RiskShare));
    }

    [Fact]
    public void Bedfordshire_ramps_the_at_risk_share_by_quarter_and_withholds_part_of_the_super_cquin_pot()
    {
        var settlement = Settle(Bedfordshire);
        var outcome = Assert.Single(Lines(settlement, "circle", StatementElement.Outcome));

        Assert.Equal(Money.Gbp(570_026.22m), outcome.Amount);
        Assert.Contains("by quarter", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("at-risk £101,086.28 withheld", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains(Actuals(Bedfordshire).Indicators, result => result.Status == MilestoneStatus.PartlyAchieved);
        Assert.Contains(Actuals(Bedfordshire).Indicators, result => result.Period.Kind == PeriodKind.Quarter);
    }

    [Fact]
    public void Bedfordshire_circle_makes_an_8_percent_surplus_and_shares_half_of_what_is_beyond_5_percent_with_the_ccg()
    {
        var settlement = Settle(Bedfordshire);
        var cost = Assert.Single(Actuals(Bedfordshire).ProviderCosts);
        var fixedElement = Money.Gbp(25_502_275.00m);

        Assert.InRange((fixedElement - cost.ActualCost).Amount / fixedElement.Amount, 0.075m, 0.085m);
        Assert.Equal(Money.Gbp(382_580.62m), settlement.StatementFor(Party("bedfordshire-ccg")).TotalOf(StatementElement.RiskShare));
        Assert.Equal(Money.Gbp(-382_580.62m), settlement.StatementFor(Party("circle")).TotalOf(StatementElement.RiskShare));
    }

    [Fact]
    public void Cambridgeshire_funds_the_population_growth_beyond_the_tolerance()
    {
        var settlement = Settle(Cambridgeshire);
        var adjustment = Assert.Single(Lines(settlement, "uniting-care", StatementElement.Adjustment));

        Assert.Equal(Money.Gbp(836_580.30m), adjustment.Amount);
        Assert.Contains("857 heads", adjustment.Reason, StringComparison.Ordinal);
        Assert.Contains("outside ±0.5%", adjustment.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cambridgeshire_pays_its_10_percent_outcome_pot_on_each_indicator_s_score()
    {
        var contract = Contract(Cambridgeshire);
        var settlement = Settle(Cambridgeshire);
        var outcome = Assert.Single(Lines(settlement, "uniting-care", StatementElement.Outcome));

        Assert.Equal(Percentage.Parse("10%"), contract.Payment.Outcome!.PotShare.For(Year(Cambridgeshire)));
        Assert.Equal(Money.Gbp(8_343_557.49m), outcome.Amount);
        Assert.Contains("10% of contract value", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Salford)]
    [InlineData(Staffordshire)]
    public void Templates_without_incentives_pay_only_their_instalments_and_fees(string name)
    {
        var settlement = Settle(name);

        Assert.All(
            settlement.Statements.SelectMany(statement => statement.Lines),
            line => Assert.True(line.Element is StatementElement.Fixed or StatementElement.ManagementFee, $"{line.Party} {line.Element}: {line.Reason}"));
    }

    [Theory]
    [InlineData(Lambeth)]
    [InlineData(Staffordshire)]
    public void Spend_on_items_not_yet_shared_is_reported_and_listed_as_not_shared(string name)
    {
        var settlement = Settle(name);

        Assert.Equal(2, Actuals(name).RiskItems.Count);
        Assert.Contains(settlement.Notes, note => note.Message.Contains("in the account, not shared", StringComparison.Ordinal));
    }

    [Fact]
    public void Staffordshire_pays_each_prime_its_macmillan_funded_fee()
    {
        var settlement = Settle(Staffordshire);

        // Two on-top fees of £600k each in 2016/17, both funded by Macmillan: it pays £1.2m.
        Assert.Equal(Money.Gbp(600_000.00m), settlement.EntitlementOf(Party("cancer-prime")));
        Assert.Equal(Money.Gbp(600_000.00m), settlement.EntitlementOf(Party("eol-prime")));
        Assert.Equal(Money.Gbp(-1_200_000.00m), settlement.EntitlementOf(Party("macmillan")));
    }

    [Fact]
    public void Mid_notts_split_into_a_yaml_file_and_a_csv_activity_table_settles_to_the_same_statements()
    {
        var template = Template(MidNotts);
        var whole = Actuals(MidNotts);
        var csv = new StringBuilder("period,provider,service_line,planned,actual,unit_price\n");
        foreach (var row in whole.Activity)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.Period.Label},{row.Provider},{row.ServiceLine},{row.PlannedActivity},{row.ActualActivity},\"{row.UnitPrice}\"\n");
        }

        var yaml = ActivityRow().Replace(template.ActualsYaml, string.Empty).Replace("\nactivity:\n", "\n", StringComparison.Ordinal);
        var loaded = ActualsLoader.Load(Contract(MidNotts), [("mid-notts.actuals.yaml", yaml), ("elective-activity.csv", csv.ToString())]);

        Assert.True(loaded.Diagnostics.Count == 0, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Equal(48, loaded.Actuals!.Activity.Count);
        Assert.All(loaded.Actuals.Activity, row => Assert.Equal("elective-activity.csv", row.Source!.File));
        var split = SettlementEngine.Settle(Contract(MidNotts), loaded.Actuals, Year(MidNotts).AsPeriod());
        var single = Settle(MidNotts);
        Assert.True(split.AllChecksPassed);
        Assert.Equal(
            single.Statements.Select(statement => (statement.Party.Id, statement.Total, single.EntitlementOf(statement.Party.Id))),
            split.Statements.Select(statement => (statement.Party.Id, statement.Total, split.EntitlementOf(statement.Party.Id))));
    }

    private static ContractTemplate Template(string name) =>
        TemplateCatalog.Find(name) ?? throw new InvalidOperationException($"No template '{name}'.");

    private static Contract Contract(string name)
    {
        var loaded = ContractLoader.Load(Template(name).Yaml, name + ".yaml");
        Assert.NotNull(loaded.Contract);
        return loaded.Contract;
    }

    private static ContractYear Year(string name)
    {
        Assert.True(Contract(name).Term.Calendar.TryParseYear(Template(name).ActualsYear, out var year, out var error), error);
        return year!;
    }

    private static ContractActuals Actuals(string name) =>
        ActualsLoader.Load(Contract(name), Template(name).ActualsYaml, name + ".actuals.yaml").Actuals
        ?? throw new InvalidOperationException($"The example actuals for '{name}' do not load.");

    private static PeriodSettlement Settle(string name) =>
        SettlementEngine.Settle(Contract(name), Actuals(name), Year(name).AsPeriod());

    private static Id<Party> Party(string id) => Id<Party>.Of(id);

    private static IEnumerable<StatementLine> Lines(PeriodSettlement settlement, string party, StatementElement element) =>
        settlement.StatementFor(Party(party)).Lines.Where(line => line.Element == element && !line.OnAccount);

    /// <summary>The year's volume-variance line for a provider ('Elective activity against plan'), zero when none is recorded.</summary>
    private static Money VolumeVariance(PeriodSettlement settlement, string party) =>
        Money.Sum(
            Lines(settlement, party, StatementElement.Variable).Where(line => line.Reason.StartsWith("Variable element 'Elective activity against plan'", StringComparison.Ordinal)).Select(line => line.Amount),
            Currency.Gbp);

    [GeneratedRegex(@"(?m)^  - \{ period: 2016/17-M[0-9]{2}, .*\}\r?\n")]
    private static partial Regex ActivityRow();
}
