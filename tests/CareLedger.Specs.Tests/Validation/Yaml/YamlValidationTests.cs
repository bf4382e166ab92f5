using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Templates;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.Specs.Tests.Validation.Yaml.RiversideYaml;

namespace CareLedger.Specs.Tests.Validation.Yaml;

/// <summary>
/// Validation through the real reader: a contract file goes through <see cref="ContractLoader.Load(string, string)"/>, and each
/// finding must point at the line and column where the value at fault was written.
/// </summary>
public class YamlValidationTests
{
    [Fact]
    public void The_valid_file_loads_without_diagnostics()
    {
        var loaded = ContractLoader.Load(Valid, FileName);

        Assert.NotNull(loaded.Contract);
        Findings.None(loaded.Diagnostics);
    }

    [Fact]
    public void An_end_of_life_indicator_short_by_1_percent_gives_CL201_at_the_outcome_weight_and_CL203_at_the_framework()
    {
        var yaml = With("{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 20% }", "{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 19% }");

        var diagnostics = ContractLoader.Load(yaml, FileName).Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        var outcome = Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 1)[0];
        AssertAt(outcome, yaml, "  weight: 40%", "40%");
        Assert.Contains("has weight 40% but its indicators add up to 39% (20% + 19%)", outcome.Message, StringComparison.Ordinal);
        var total = Findings.Exactly(diagnostics, DiagnosticCodes.TotalIndicatorWeights, 1)[0];
        AssertAt(total, yaml, "- id: riverside-outcomes", "id: riverside-outcomes");
        Assert.Contains("indicator weights total 99%, not 100% (outcome weights total 100%)", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounded_funding_shares_give_CL204_at_the_shares_list()
    {
        var yaml = With(With("share: 2/3", "share: 66.66%"), "share: 1/3", "share: 33.33%");

        var diagnostic = Only(yaml, DiagnosticCodes.SharesNotWhole);

        AssertAt(diagnostic, yaml, "- party: riverside-ccg", "-");
        Assert.Contains("funding shares total 99.99%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_fixed_share_that_overfills_contract_value_gives_CL205_at_the_fixed_share()
    {
        var yaml = With("    instalments: monthly", "    share: 96%\n    instalments: monthly");

        var diagnostic = Only(yaml, DiagnosticCodes.ElementsDoNotFit);

        AssertAt(diagnostic, yaml, "share: 96%", "96%");
        Assert.Contains("add to 101% in every year, not 100% (fixed 96% (stated) + variable 3% + outcome 2%)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_participant_gives_CL101_at_the_party_with_a_suggestion()
    {
        var yaml = With("{ party: community-health, share: 25% }", "{ party: community-healt, share: 25% }");

        var diagnostic = Only(yaml, DiagnosticCodes.UndefinedParty);

        AssertAt(diagnostic, yaml, "party: community-healt,", "community-healt");
        Assert.Contains("(did you mean 'community-health'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_service_line_in_a_list_gives_CL102_at_that_entry()
    {
        var yaml = With("      service_lines: [acute]\n      providers", "      service_lines: [acute, mental-health]\n      providers");

        var diagnostic = Only(yaml, DiagnosticCodes.UndefinedServiceLine);

        AssertAt(diagnostic, yaml, "[acute, mental-health]", "mental-health");
    }

    [Fact]
    public void An_undefined_framework_gives_CL103_at_framework()
    {
        var yaml = With("framework: riverside-outcomes", "framework: riverside-outcome");

        var diagnostic = Only(yaml, DiagnosticCodes.UndefinedFramework);

        AssertAt(diagnostic, yaml, "framework: riverside-outcome", "riverside-outcome");
    }

    [Fact]
    public void A_provider_funding_the_budget_gives_CL105_at_the_party()
    {
        var yaml = With("- party: riverside-council", "- party: community-health");

        var diagnostic = Only(yaml, DiagnosticCodes.WrongRole);

        AssertAt(diagnostic, yaml, "- party: community-health", "community-health");
    }

    [Fact]
    public void A_baseline_amount_over_100bn_gives_CL302_at_amount()
    {
        var yaml = With("amount: £60m", "amount: £150bn");

        var diagnostic = Only(yaml, DiagnosticCodes.Absurd);

        AssertAt(diagnostic, yaml, "amount: £150bn", "£150bn");
    }

    [Fact]
    public void An_inflation_rate_of_25_percent_gives_a_CL303_warning_at_rate()
    {
        var yaml = With("rate: 2%", "rate: 25%");

        var diagnostic = Only(yaml, DiagnosticCodes.Implausible);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, yaml, "rate: 25%", "25%");
    }

    [Fact]
    public void Overlapping_loss_bands_give_CL401_at_the_later_from()
    {
        var yaml = With("          - from: 2%", "          - from: 1.5%");

        var diagnostic = Only(yaml, DiagnosticCodes.BandsOverlap);

        AssertAt(diagnostic, yaml, "- from: 1.5%", "1.5%");
    }

    [Fact]
    public void A_gap_between_corridor_bands_gives_CL402_at_the_later_from()
    {
        var yaml = With("{ from: 97%, to: 103%, payer_share: 0% }", "{ from: 98%, to: 103%, payer_share: 0% }");

        var diagnostic = Only(yaml, DiagnosticCodes.BandsGap);

        AssertAt(diagnostic, yaml, "{ from: 98%", "98%");
    }

    [Fact]
    public void Including_an_item_that_failed_the_gateway_gives_CL501_at_include()
    {
        var yaml = With("collective_responsibility: yes", "collective_responsibility: no");

        var diagnostic = Only(yaml, DiagnosticCodes.GatewayNotPassed);

        AssertAt(diagnostic, yaml, "include: true", "true");
        Assert.Contains("'is it the alliance's collective responsibility? (collective_responsibility)' was answered no", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_contract_item_gives_a_CL502_warning_at_measure()
    {
        var yaml = With("measure: spend-against-plan", "measure: whole-contract");

        var diagnostic = Only(yaml, DiagnosticCodes.FullGainLossShare);

        AssertAt(diagnostic, yaml, "measure: whole-contract", "whole-contract");
    }

    [Fact]
    public void A_band_share_for_a_non_participant_gives_CL503_at_its_party()
    {
        var yaml = With("shares: [{ party: riverside-ccg, share: 100% }]", "shares: [{ party: riverside-council, share: 100% }]");

        var diagnostic = Only(yaml, DiagnosticCodes.NotAParticipant);

        AssertAt(diagnostic, yaml, "shares: [{ party: riverside-council", "riverside-council");
    }

    [Fact]
    public void A_prime_contractor_model_without_a_prime_gives_CL701_at_model()
    {
        var yaml = With("model: alliance", "model: prime-contractor");

        var diagnostic = Only(yaml, DiagnosticCodes.ModelMismatch);

        AssertAt(diagnostic, yaml, "model: prime-contractor", "prime-contractor");
    }

    [Fact]
    public void A_provider_with_nothing_to_be_paid_gives_a_CL703_warning_at_the_party()
    {
        var yaml = With(
            "  - { id: community-health,",
            "  - { id: gp-federation, name: Riverside GP Federation, roles: [provider] }\n  - { id: community-health,");

        var diagnostic = Only(yaml, DiagnosticCodes.NoBaseline);

        AssertAt(diagnostic, yaml, "id: gp-federation", "{");
    }

    [Fact]
    public void A_negative_top_slice_gives_CL301_at_amount()
    {
        var yaml = With("amount: £1m", "amount: -£1m");

        var diagnostic = Only(yaml, DiagnosticCodes.Negative);

        AssertAt(diagnostic, yaml, "amount: -£1m", "-£1m");
    }

    [Fact]
    public void A_party_id_used_twice_gives_one_CL010_at_the_second_id()
    {
        var yaml = With("  - { id: community-health,", "  - { id: city-hospital, name: City Hospital again, roles: [provider] }\n  - { id: community-health,");

        var diagnostic = Only(yaml, DiagnosticCodes.Duplicate);

        AssertAt(diagnostic, yaml, "City Hospital again", "city-hospital");
        Assert.Contains("by 'City Hospital NHS Trust' on line 12 and by 'City Hospital again' here", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_written_without_shares_is_not_reported_again_for_its_participants_problems()
    {
        // The reader gives such a band the participants' own share records; a wrong total is one finding, not two.
        var yaml = With("{ party: riverside-ccg, share: 25% }", "{ party: riverside-ccg, share: 20% }");

        var diagnostic = Only(yaml, DiagnosticCodes.SharesNotWhole);

        AssertAt(diagnostic, yaml, "- { party: city-hospital, share: 50% }", "-");
    }

    [Fact]
    public void The_Mid_Notts_template_as_published_gives_exactly_CL201_for_end_of_life_and_CL203_for_99_percent()
    {
        var template = TemplateCatalog.MidNottsAsPublished;

        var diagnostics = ContractLoader.Load(template.Yaml, "mid-notts-alliance-as-published.yaml").Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        var endOfLife = Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 1)[0];
        Assert.Contains("outcome 'end-of-life'", endOfLife.Message, StringComparison.Ordinal);
        Assert.Contains("has weight 17% but its indicators add up to 16%", endOfLife.Message, StringComparison.Ordinal);
        var total = Findings.Exactly(diagnostics, DiagnosticCodes.TotalIndicatorWeights, 1)[0];
        Assert.Contains("indicator weights total 99%, not 100% (outcome weights total 100%)", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_commissioners_and_no_funding_section_give_CL204_at_parties()
    {
        var yaml = With("funding:\n  pooled: true\n  shares:\n    - party: riverside-ccg\n      share: 2/3\n    - party: riverside-council\n      share: 1/3\n", string.Empty);

        var diagnostic = Only(yaml, DiagnosticCodes.SharesNotWhole);

        AssertAt(diagnostic, yaml, "- { id: riverside-ccg,", "-");
        Assert.StartsWith("there is no funding section and 2 parties could fund the budget", diagnostic.Message, StringComparison.Ordinal);
    }

    private static Diagnostic Only(string yaml, string code) => Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, code);

    private static void AssertAt(Diagnostic diagnostic, string yaml, string line, string value)
    {
        var (expectedLine, expectedColumn) = PositionOf(yaml, line, value);
        Assert.Equal((FileName, expectedLine, expectedColumn), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
