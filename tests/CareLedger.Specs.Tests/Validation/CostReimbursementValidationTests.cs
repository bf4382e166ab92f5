using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;

namespace CareLedger.Specs.Tests.Validation;

/// <summary>
/// Validation of <c>payment.cost_reimbursement</c> through the real reader: each finding at the line and column
/// where the value at fault was written.
/// </summary>
public class CostReimbursementValidationTests
{
    private const string FileName = "reimbursed.yaml";

    /// <summary>An alliance of an acute trust and a housing provider over three years (2016/17 to 2018/19).</summary>
    private const string Contract = """
        careledger: 1
        contract:
          id: reimbursed
          name: Reimbursed alliance
          model: alliance
          term: { start: 2016-04, years: 3 }
        parties:
          - { id: ccg, name: A CCG, roles: [commissioner] }
          - { id: acute, name: An acute trust, roles: [provider] }
          - { id: housing, name: A housing provider, roles: [provider] }
        service_lines:
          - { id: elective, name: Elective care }
          - { id: supported-housing, name: Supported housing }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: £10m }
            - { service_line: supported-housing, provider: housing, amount: £1m }

        """;

    [Fact]
    public void Terms_that_cover_their_own_lines_providers_and_years_are_valid()
    {
        var loaded = Load("""
            payment:
              cost_reimbursement:
                - { id: housing-at-cost, name: Housing at cost, service_lines: [supported-housing], from: 2017/18, cap: 105% }
                - { id: acute-at-cost, name: Acute at cost, service_lines: [elective], providers: [acute], years: 2018/19, cap: £10.5m }
            """);

        Findings.None(loaded.Diagnostics);
    }

    [Fact]
    public void Two_terms_reimbursing_the_same_line_in_the_same_year_give_CL206_at_the_later_ones_scope()
    {
        var yaml = Contract + """
            payment:
              cost_reimbursement:
                - { id: housing-at-cost, name: Housing at cost, service_lines: [supported-housing], from: 2017/18 }
                - { id: all-at-cost, name: Everything at cost, providers: [housing, acute], years: [2018/19] }
            """;

        var diagnostic = Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, DiagnosticCodes.ReimbursedTwice);

        AssertAt(diagnostic, yaml, "providers: [housing, acute]", "[housing, acute]");
        Assert.Contains(
            "cost reimbursement 'all-at-cost' (Everything at cost) and cost reimbursement 'housing-at-cost' (Housing at cost) (line 20) both reimburse 'supported-housing' costs of 'housing' (A housing provider) and 'acute' (An acute trust) in 2018/19, so the same cost would be paid twice",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_for_different_years_or_lines_do_not_overlap()
    {
        var loaded = Load("""
            payment:
              cost_reimbursement:
                - { id: housing-2017, name: Housing 2017/18, service_lines: [supported-housing], years: 2017/18 }
                - { id: housing-2018, name: Housing 2018/19, service_lines: [supported-housing], years: 2018/19 }
                - { id: elective-2017, name: Elective 2017/18, service_lines: [elective], years: 2017/18 }
            """);

        Findings.None(loaded.Diagnostics);
    }

    [Fact]
    public void A_stated_fixed_share_beside_cost_reimbursement_gives_CL205_at_the_share()
    {
        var yaml = Contract + """
            payment:
              fixed: { share: 100% }
              cost_reimbursement:
                - { id: housing-at-cost, name: Housing at cost, service_lines: [supported-housing] }
            """;

        var diagnostic = Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, DiagnosticCodes.ElementsDoNotFit);

        AssertAt(diagnostic, yaml, "share: 100%", "100%");
        Assert.Contains("leave out fixed.share", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_service_line_and_a_commissioner_as_provider_are_reported_at_the_ids()
    {
        var yaml = Contract + """
            payment:
              cost_reimbursement:
                - { id: at-cost, name: At cost, service_lines: [suported-housing], providers: [ccg] }
            """;

        var diagnostics = ContractLoader.Load(yaml, FileName).Diagnostics;

        AssertAt(Findings.Exactly(diagnostics, DiagnosticCodes.UndefinedServiceLine, 1)[0], yaml, "suported-housing", "suported-housing");
        var role = Findings.Exactly(diagnostics, DiagnosticCodes.WrongRole, 1)[0];
        AssertAt(role, yaml, "providers: [ccg]", "ccg");
        Assert.Contains("cost reimbursement 'at-cost' (At cost) names provider 'ccg' (A CCG)", role.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_contractor_named_as_a_provider_gives_CL105_naming_its_prime()
    {
        var yaml = Contract.Replace("model: alliance", "model: prime-contractor", StringComparison.Ordinal).Replace(
            "  - { id: housing, name: A housing provider, roles: [provider] }",
            "  - { id: housing, name: A housing provider, roles: [prime] }\n  - { id: hostel, name: A hostel, roles: [sub-contractor], prime: housing }",
            StringComparison.Ordinal) + """
            payment:
              cost_reimbursement:
                - { id: at-cost, name: At cost, providers: [hostel] }
            """;

        var diagnostic = Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, DiagnosticCodes.WrongRole);

        AssertAt(diagnostic, yaml, "providers: [hostel]", "hostel");
        Assert.Contains("a sub-contractor paid through 'housing' (A housing provider); its costs are reimbursed to the prime", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_cap_gives_CL301_and_a_repeated_id_CL010()
    {
        var yaml = Contract + """
            payment:
              cost_reimbursement:
                - { id: at-cost, name: Housing at cost, service_lines: [supported-housing], cap: -5% }
                - { id: at-cost, name: Elective at cost, service_lines: [elective] }
            """;

        var diagnostics = ContractLoader.Load(yaml, FileName).Diagnostics;

        AssertAt(Findings.Exactly(diagnostics, DiagnosticCodes.Negative, 1)[0], yaml, "cap: -5%", "-5%");
        var duplicate = Findings.Exactly(diagnostics, DiagnosticCodes.Duplicate, 1)[0];
        Assert.Contains("cost reimbursement id 'at-cost' is used twice", duplicate.Message, StringComparison.Ordinal);
    }

    private static LoadedContract Load(string payment)
    {
        var loaded = ContractLoader.Load(Contract + payment, FileName);
        Assert.NotNull(loaded.Contract);
        return loaded;
    }

    /// <summary>Asserts the finding is at <paramref name="value"/> on the last line containing <paramref name="lineText"/>.</summary>
    private static void AssertAt(Diagnostic diagnostic, string yaml, string lineText, string value)
    {
        var lines = yaml.Split('\n');
        var line = Array.FindLastIndex(lines, text => text.Contains(lineText, StringComparison.Ordinal));
        var column = lines[line].IndexOf(value, lines[line].IndexOf(lineText, StringComparison.Ordinal), StringComparison.Ordinal) + 1;
        Assert.Equal((line + 1, column), (diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
