using CareLedger.Application.Documents;
using CareLedger.Application.Settlement;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Tests;

/// <summary>
/// A period whose actuals are incomplete is not settled: the service returns, as errors (CL809) at the actuals, each
/// thing the period needs and the actuals do not give — which provider's activity for which months, which indicator,
/// which risk/reward item, whose cost — unless the request is provisional, when it settles and says so.
/// </summary>
public sealed class CompletenessTests
{
    private const string MidNotts = "mid-notts-alliance";

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Every_templates_example_actuals_are_complete_for_the_year_its_first_quarter_and_first_month(string name)
    {
        foreach (var period in TemplateCases.Periods(name))
        {
            var settled = Settle(name, TemplateCases.Template(name).ActualsYaml, period);

            Assert.True(settled.Succeeded, $"{name} {period}: " + string.Join(Environment.NewLine, settled.Diagnostics));
            Assert.Empty(settled.Value!.Missing);
            Assert.False(settled.Value.Provisional);
        }
    }

    [Fact]
    public void A_truncated_actuals_file_fails_the_year_listing_each_providers_missing_months_every_indicator_and_the_risk_item()
    {
        var truncated = TruncatedMidNotts();

        var settled = Settle(MidNotts, truncated, "2016/17");

        Assert.Null(settled.Value);
        var missing = settled.Diagnostics.Where(diagnostic => diagnostic.Code == DiagnosticCodes.ActualsIncomplete).ToArray();
        // Each is at the section it belongs in: at 'activity:' (line 28), or at the file's start (1:1) for a section cut off.
        Assert.All(missing, diagnostic => Assert.Equal((Severity.Error, "mid-notts-alliance.actuals.yaml"), (diagnostic.Severity, diagnostic.Location.File)));
        Assert.All(missing.Where(diagnostic => diagnostic.Path.ToString() == "activity"), diagnostic => Assert.Equal((28, 1), (diagnostic.Location.Line, diagnostic.Location.Column)));
        Assert.All(missing.Where(diagnostic => diagnostic.Path.ToString() != "activity"), diagnostic => Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column)));
        Assert.Contains(missing, diagnostic => diagnostic.Path.ToString() == "activity" && diagnostic.Message.StartsWith(
            "2016/17 cannot be settled in full: no activity of Nottingham University Hospitals NHS Trust (nuh) on elective for 2016/17-M07 to 2016/17-M12 (6 months): the variable mechanism 'Elective activity against plan' settles on it (mid-notts-alliance.yaml:",
            StringComparison.Ordinal));
        Assert.Contains(missing, diagnostic => diagnostic.Message.Contains("no activity of Circle Health (Circle Nottingham Ltd) (circle-health) on elective for 2016/17-M07 to 2016/17-M12 (6 months): money following patient choice", StringComparison.Ordinal));
        Assert.Contains(missing, diagnostic => diagnostic.Path.ToString() == "indicators" && diagnostic.Message.Contains("no result for indicator 'diabetes-plan'", StringComparison.Ordinal));
        Assert.Contains(missing, diagnostic => diagnostic.Path.ToString() == "risk_reward"
            && diagnostic.Message.Contains("no actual spend on risk/reward item 'acute-activity-after-community-investment' for 2016/17", StringComparison.Ordinal)
            && diagnostic.Message.EndsWith("Add it to 'risk_reward', or settle provisionally.", StringComparison.Ordinal));
        var framework = TemplateCases.Contract(MidNotts).Frameworks.Single();
        Assert.Equal(framework.Indicators.Count(), missing.Count(diagnostic => diagnostic.Path.ToString() == "indicators"));
    }

    [Fact]
    public void The_same_truncated_file_is_complete_for_its_first_month_and_quarter()
    {
        var truncated = TruncatedMidNotts();

        Assert.True(Settle(MidNotts, truncated, "2016/17-M01").Succeeded);
        Assert.True(Settle(MidNotts, truncated, "2016/17-Q2").Succeeded);
        var q3 = Settle(MidNotts, truncated, "2016/17-Q3");
        Assert.False(q3.Succeeded);
        Assert.Contains(q3.Diagnostics, diagnostic => diagnostic.Message.Contains("no activity of United Lincolnshire Hospitals NHS Trust (ulh) on elective for 2016/17-M07 to 2016/17-M09 (3 months)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_provisional_settlement_of_incomplete_actuals_settles_and_is_marked_provisional_with_what_is_missing()
    {
        var settled = Settle(MidNotts, TruncatedMidNotts(), "2016/17", provisional: true);

        var settlement = settled.Value!;
        Assert.True(settlement.Provisional);
        Assert.NotEmpty(settlement.Missing);
        Assert.DoesNotContain(settled.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.ActualsIncomplete);
        var document = SettlementDocument.Of(settlement);
        Assert.True(document.Provisional);
        Assert.All(document.Statements, statement => Assert.True(statement.Provisional));
        Assert.Equal(settlement.Missing.Count, document.Missing.Count);
        Assert.Contains(document.Missing, missing => missing.Section == "risk_reward" && missing.Periods.SequenceEqual(["2016/17"]));
    }

    [Fact]
    public void A_provisional_settlement_reads_back_equal_from_json()
    {
        var document = SettlementDocument.Of(Settle(MidNotts, TruncatedMidNotts(), "2016/17", provisional: true).Value!);

        var json = Json.CareLedgerJson.Write(document);
        var read = Json.CareLedgerJson.Read<SettlementDocument>(json);

        Assert.Equal(document, read);
        Assert.Contains("\"needed_for\": \"the variable mechanism 'Elective activity against plan'\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provisional_request_with_complete_actuals_is_still_marked_provisional_as_asked()
    {
        var settled = Settle(MidNotts, TemplateCases.Template(MidNotts).ActualsYaml, "2016/17-M01", provisional: true);

        Assert.True(settled.Value!.Provisional);
        Assert.Empty(settled.Value.Missing);
    }

    [Theory]
    [InlineData("bedfordshire-msk-prime", "2015/16", "provider_costs:\n  - { year: 2015/16, party: circle, actual_cost: \"£23,462,000\" }\n", "provider_costs", "no actual cost of Circle Clinical Services Ltd (consortium lead) (circle) for 2015/16: the risk/reward share of 'prime-surplus-share'")]
    [InlineData("cambs-older-people-prime-provider", "2016/17", "  - { year: 2016/17, heads: 166120, evidence: \"ONS mid-2016 population estimates, people aged 65+, CCG registered population basis\" }\n", "population", "no population count for 2016/17: the population growth tolerance settles on it")]
    [InlineData("lambeth-alliance", "2017/18-Q1", "  - { period: 2017/18-M02, provider: certitude, service_line: supported-housing, allowable_cost: \"£137,600.00\", evidence: Certitude cost claim 2017-04 }\n", "allowable_costs", "no allowable costs of Certitude (certitude) for 2017/18-M02: cost reimbursement")]
    public void Each_mechanism_names_what_it_needs_when_a_row_is_taken_out(string name, string period, string taken, string section, string phrase)
    {
        var actuals = TemplateCases.Template(name).ActualsYaml.ReplaceLineEndings("\n");
        Assert.Contains(taken, actuals, StringComparison.Ordinal);

        var settled = Settle(name, actuals.Replace(taken, string.Empty, StringComparison.Ordinal), period);

        var diagnostic = Assert.Single(settled.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.ActualsIncomplete);
        Assert.Equal(section, diagnostic.Path.ToString());
        Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_actuals_are_checked_the_same_way()
    {
        var actuals = TemplateCases.Actuals(MidNotts) with { RiskItems = [] };

        var refused = new SettlementService().Settle(TemplateCases.Contract(MidNotts), actuals, "2016/17");
        var provisional = new SettlementService().Settle(TemplateCases.Contract(MidNotts), actuals, "2016/17", provisional: true);

        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal(("actuals", "risk_reward"), (diagnostic.Location.File, diagnostic.Path.ToString()));
        Assert.True(provisional.Value!.Provisional);
        Assert.Contains(provisional.Value.Missing, missing => missing.Section == "risk_reward");
    }

    /// <summary>Mid-Notts's example actuals cut off after June's activity: no later activity, no results, no risk/reward spend.</summary>
    private static string TruncatedMidNotts()
    {
        var lines = TemplateCases.Template(MidNotts).ActualsYaml.ReplaceLineEndings("\n").Split('\n');
        var lastJune = Array.FindLastIndex(lines, line => line.Contains("period: 2016/17-M06", StringComparison.Ordinal));
        return string.Join('\n', lines.Take(lastJune + 1)) + "\n";
    }

    private static ServiceResult<PeriodSettlement> Settle(string name, string actuals, string period, bool provisional = false) =>
        new SettlementService().Settle(new SettlementRequest(TemplateCases.ContractText(name), [new SourceText(name + ".actuals.yaml", actuals)], period, provisional));
}
