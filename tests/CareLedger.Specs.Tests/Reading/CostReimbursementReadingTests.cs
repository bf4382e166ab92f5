using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

/// <summary><c>payment.cost_reimbursement</c>: well-formed terms, and malformed ones reported where they were written.</summary>
public class CostReimbursementReadingTests
{
    [Fact]
    public void A_list_of_terms_reads_lines_providers_years_and_a_cap_as_a_rate_or_an_amount()
    {
        var terms = ReadAssert.Clean(ContractFiles.With("""
            payment:
              cost_reimbursement:
                - id: elective-at-cost
                  name: Elective care at actual allowable cost
                  service_lines: [elective]
                  providers: [acute]
                  from: 2017/18
                  cap: 105%
                - id: everything-at-cost
                  name: Everything at cost in the last year
                  years: [2018/19]
                  cap: £1.05m
            """)).Contract!.Payment.CostReimbursement;

        Assert.Equal(2, terms.Count);
        var first = terms[0];
        Assert.Equal((Id<CostReimbursementTerms>.Of("elective-at-cost"), "Elective care at actual allowable cost"), (first.Id, first.Name));
        Assert.Equal([Id<ServiceLine>.Of("elective")], first.Scope.ServiceLines!);
        Assert.Equal([Id<Party>.Of("acute")], first.Scope.Providers!);
        Assert.Equal([2, 3], first.Years.Numbers!);
        Assert.Equal(Money.Gbp(105m), first.Cap!.Resolve(Money.Gbp(100m), RoundingRule.HalfUp));
        Assert.Equal("payment.cost_reimbursement[0]", first.Source!.Path);
        var second = terms[1];
        Assert.True(second.Scope.IsEverything);
        Assert.Equal([3], second.Years.Numbers!);
        Assert.Equal(Money.Gbp(1_050_000m), second.Cap!.Resolve(Money.Gbp(100m), RoundingRule.HalfUp));
    }

    [Fact]
    public void One_set_of_terms_can_be_written_as_a_mapping_and_the_cap_is_optional()
    {
        var terms = Assert.Single(ReadAssert.Clean(ContractFiles.With("""
            payment:
              cost_reimbursement: { id: at-cost, name: At cost }
            """)).Contract!.Payment.CostReimbursement);

        Assert.Null(terms.Cap);
        Assert.Null(terms.Years.Numbers);
        Assert.True(terms.Scope.IsEverything);
    }

    [Fact]
    public void Without_cost_reimbursement_no_line_is_paid_at_cost()
    {
        Assert.Empty(ReadAssert.Clean(ContractFiles.Minimal).Contract!.Payment.CostReimbursement);
    }

    [Fact]
    public void A_misspelt_key_is_reported_with_the_nearest_known_key()
    {
        ReadAssert.Only(
            ContractFiles.With("""
                payment:
                  cost_reimbursement:
                    - id: at-cost
                      name: At cost
                      capp: 105%
                """),
            DiagnosticCodes.UnknownKey,
            19,
            7,
            "Unknown key 'capp' in payment.cost_reimbursement[0]; did you mean 'cap'?");
    }

    [Fact]
    public void Terms_without_an_id_are_reported_at_their_mapping()
    {
        ReadAssert.Only(
            ContractFiles.With("""
                payment:
                  cost_reimbursement:
                    - name: At cost
                """),
            DiagnosticCodes.MissingRequired,
            17,
            7,
            "'id' is required in payment.cost_reimbursement[0].");
    }

    [Fact]
    public void A_year_outside_the_term_is_reported_at_the_year()
    {
        ReadAssert.Only(
            ContractFiles.With("""
                payment:
                  cost_reimbursement:
                    - id: at-cost
                      name: At cost
                      from: 2020/21
                """),
            DiagnosticCodes.BadPeriod,
            19,
            13,
            "2020/21");
    }

    [Fact]
    public void A_cap_that_is_neither_an_amount_nor_a_percentage_is_reported_at_the_cap()
    {
        ReadAssert.Only(
            ContractFiles.With("""
                payment:
                  cost_reimbursement:
                    - { id: at-cost, name: At cost, cap: a lot }
                """),
            DiagnosticCodes.BadAmount,
            17,
            42,
            "payment.cost_reimbursement[0].cap");
    }

    [Fact]
    public void A_list_of_service_lines_written_as_one_value_is_a_wrong_type()
    {
        var result = ReadAssert.Read(ContractFiles.With("""
            payment:
              cost_reimbursement:
                - id: at-cost
                  name: At cost
                  service_lines: elective
            """));

        ReadAssert.Has(result, DiagnosticCodes.WrongType, 19, 22, "service_lines");
    }
}
