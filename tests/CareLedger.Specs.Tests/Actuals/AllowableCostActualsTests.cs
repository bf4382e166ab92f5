using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// <c>allowable_costs</c>, in YAML and CSV, against Riverside paying community services at cost from 2017/18 and
/// the acute trust as a whole in 2018/19: good rows read into exact values; each bad one reported where it was
/// written, nothing loaded.
/// </summary>
public sealed class AllowableCostActualsTests
{
    private static readonly Domain.Contracts.Contract Contract = ActualsContracts.RiversideReimbursed;

    [Fact]
    public void Yaml_rows_read_period_provider_line_cost_and_evidence()
    {
        var actuals = Clean(
            Header + """
            allowable_costs:
              - { period: 2017/18-M01, provider: community, service_line: community-services, allowable_cost: "£701,250.00", evidence: Ledger extract April 2017 }
              - { period: 2018/19-Q1, provider: acute, allowable_cost: £7.5m }
            """,
            contract: Contract);

        Assert.Equal(
            [
                new AllowableCostActual(Period("2017/18-M01"), Id<Party>.Of("community"), Id<ServiceLine>.Of("community-services"), Money.Gbp(701_250.00m), "Ledger extract April 2017", new SourceRef(YamlFile, "allowable_costs[0]", 4, 5)),
                new AllowableCostActual(Period("2018/19-Q1"), Id<Party>.Of("acute"), null, Money.Gbp(7_500_000.00m), null, new SourceRef(YamlFile, "allowable_costs[1]", 5, 5)),
            ],
            actuals.AllowableCosts);
    }

    [Fact]
    public void A_csv_table_is_recognised_by_its_allowable_cost_column()
    {
        var actuals = Clean(
            """
            period,provider,service_line,allowable_cost,evidence
            2017/18-M01,hub,community-services,"£166,000.00",Hub ledger
            2017/18-M02,hub,community-services,166000,
            """,
            CsvFile,
            Contract);

        Assert.Equal([Money.Gbp(166_000m), Money.Gbp(166_000m)], actuals.AllowableCosts.Select(row => row.Amount));
        Assert.Equal(["Hub ledger", null], actuals.AllowableCosts.Select(row => row.Evidence));
        Assert.Equal(new SourceRef(CsvFile, "allowable_costs row 3", 3, 1), actuals.AllowableCosts[1].Source);
    }

    [Fact]
    public void A_cost_the_contract_does_not_reimburse_is_CL807_naming_what_it_does()
    {
        var diagnostic = Only(
            Header + "allowable_costs:\n  - { period: 2017/18-M01, provider: community, service_line: elective, allowable_cost: £1 }\n",
            DiagnosticCodes.NotReimbursed,
            4,
            5,
            "the contract does not reimburse community's elective costs in 2017/18",
            contract: Contract);

        Assert.Contains("'community-at-cost': community-services for community, hub", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cost_for_a_year_before_reimbursement_starts_is_CL807() =>
        Only(
            Header + "allowable_costs:\n  - { period: 2016/17-M12, provider: community, service_line: community-services, allowable_cost: £1 }\n",
            DiagnosticCodes.NotReimbursed,
            4,
            5,
            "does not reimburse community's community-services costs in 2016/17",
            contract: Contract);

    [Fact]
    public void A_cost_without_a_line_where_the_terms_reimburse_by_line_is_CL003() =>
        Only(
            Header + "allowable_costs:\n  - { period: 2017/18-M01, provider: community, allowable_cost: £1 }\n",
            DiagnosticCodes.MissingRequired,
            4,
            5,
            "'service_line' is required: cost reimbursement 'community-at-cost' (Community services at cost) reimburses community's costs by service line (community-services)",
            contract: Contract);

    [Fact]
    public void A_negative_cost_is_CL806_at_the_cost()
    {
        var text = Header + "allowable_costs:\n  - { period: 2017/18-M01, provider: community, service_line: community-services, allowable_cost: -£5 }\n";

        Only(text, DiagnosticCodes.NegativeActual, 4, Column(text, 4, "-£5"), "is negative; an allowable cost cannot be less than zero", contract: Contract);
    }

    [Fact]
    public void A_sub_contractors_cost_is_CL802_pointing_at_its_prime()
    {
        var text = Header + "allowable_costs:\n  - { period: 2017/18-M01, provider: clinic, service_line: community-services, allowable_cost: £1 }\n";

        Only(text, DiagnosticCodes.UndefinedReference, 4, Column(text, 4, "clinic"), "a sub-contractor paid through 'hub'", contract: Contract);
    }

    [Fact]
    public void A_month_and_the_quarter_containing_it_are_CL010_at_the_later_row()
    {
        var loaded = Load(
            Header + """
            allowable_costs:
              - { period: 2017/18-M01, provider: hub, service_line: community-services, allowable_cost: £1 }
              - { period: 2017/18-Q1, provider: hub, service_line: community-services, allowable_cost: £3 }
            """,
            contract: Contract);

        Assert.Null(loaded.Actuals);
        Has(loaded, DiagnosticCodes.Duplicate, YamlFile, 5, 5, "2017/18-Q1 for hub, community-services overlaps 2017/18-M01 at actuals.yaml:4:5 (allowable_costs[0]), so the same allowable cost would be counted twice");
    }

    [Fact]
    public void A_misspelt_column_key_is_unknown_with_a_suggestion()
    {
        var text = Header + "allowable_costs:\n  - { period: 2017/18-M01, provider: hub, service_line: community-services, allowable_cots: £1 }\n";

        var loaded = Load(text, contract: Contract);

        Has(loaded, DiagnosticCodes.UnknownKey, YamlFile, 4, Column(text, 4, "allowable_cots"), "did you mean 'allowable_cost'?");
        Has(loaded, DiagnosticCodes.MissingRequired, YamlFile, 4, 5, "'allowable_cost' is required");
    }

    private static ContractPeriod Period(string label)
    {
        Assert.True(Contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        return period!;
    }

    /// <summary>The 1-based column of <paramref name="value"/> on 1-based <paramref name="line"/>.</summary>
    private static int Column(string text, int line, string value) => text.Split('\n')[line - 1].IndexOf(value, StringComparison.Ordinal) + 1;
}
