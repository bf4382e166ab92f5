using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Specs.Tests.Reading;

public class ContractSectionReadingTests
{
    [Fact]
    public void The_contract_section_maps_identity_model_currency_rounding_and_term()
    {
        var contract = ReadAssert.Clean("""
            careledger: 1
            contract:
              id: salford-older-people
              name: Salford older people's alliance
              model: hybrid
              currency: EUR
              rounding: half-even
              term:
                start: 2014-10
                years: 3.5
                year_start_month: 4
                extensions:
                  - { years: 3, note: option to extend }
                  - { months: 6 }
            parties:
              - { id: salford-ccg, name: Salford CCG, roles: [commissioner] }
            service_lines:
              - { id: community, name: Community care }
            baseline:
              spend:
                - { service_line: community, provider: salford-ccg, amount: €98m }
            """).Contract!;

        Assert.Equal(Id<Contract>.Of("salford-older-people"), contract.Id);
        Assert.Equal("Salford older people's alliance", contract.Name);
        Assert.Equal(ContractModel.Hybrid, contract.Model);
        Assert.Equal(Currency.Eur, contract.Currency);
        Assert.Equal(RoundingRule.HalfEven, contract.Rounding);
        Assert.Equal(new YearMonth(2014, 10), contract.Term.Start);
        Assert.Equal(42, contract.Term.Months);
        Assert.Equal(4, contract.Term.YearStartMonth);
        Assert.Equal([new TermExtension(36, "option to extend"), new TermExtension(6, null)], contract.Term.Extensions);
        Assert.Equal(["2014/15", "2015/16", "2016/17", "2017/18"], contract.Term.Calendar.Years.Select(year => year.Label));
        Assert.Equal(new Money(98_000_000.00m, Currency.Eur), contract.Baseline.Cells[0].Amount);
    }

    [Fact]
    public void Defaults_are_GBP_half_up_and_years_starting_in_the_start_month()
    {
        var contract = ReadAssert.Clean("""
            careledger: 1
            contract:
              id: staffs
              name: Staffordshire
              model: prime-contractor
              term: { start: 2016-01, months: 24 }
            parties:
              - { id: ccg, name: CCG, roles: [commissioner] }
            service_lines:
              - { id: cancer, name: Cancer }
            baseline:
              spend:
                - { service_line: cancer, provider: ccg, amount: 120000000 }
            adjustments:
              - { kind: inflation, rate: 2%, years: 2017 }
            """).Contract!;

        Assert.Equal(Currency.Gbp, contract.Currency);
        Assert.Equal(RoundingRule.HalfUp, contract.Rounding);
        Assert.Equal(1, contract.Term.YearStartMonth);
        Assert.Equal(["2016", "2017"], contract.Term.Calendar.Years.Select(year => year.Label));
        Assert.Equal(YearSelector.Only([2]), contract.Adjustments[0].Years);
    }

    [Fact]
    public void Parties_map_roles_membership_kind_and_prime()
    {
        var parties = ReadAssert.Clean("""
            careledger: 1
            contract:
              id: bedfordshire-msk
              name: Bedfordshire MSK
              model: prime-contractor
              term: { start: 2014-04, years: 5 }
            parties:
              - id: bedfordshire-ccg
                name: Bedfordshire CCG
                roles: [commissioner]
              - { id: circle, name: Circle, roles: [prime, provider], membership: full, kind: independent sector }
              - id: horizon
                name: Horizon Health Choices
                roles: [sub-contractor]
                membership: non-voting
                prime: circle
            service_lines:
              - { id: msk, name: MSK }
            baseline:
              spend:
                - { service_line: msk, provider: circle, amount: £26.5m }
            """).Contract!.Parties;

        Assert.Equal(["bedfordshire-ccg", "circle", "horizon"], parties.Select(party => party.Id.Value));
        Assert.Equal(new HashSet<PartyRole> { PartyRole.Prime, PartyRole.Provider }, parties[1].Roles);
        Assert.Equal(Membership.Full, parties[1].Membership);
        Assert.Equal("independent sector", parties[1].Kind);
        Assert.Null(parties[1].Prime);
        Assert.Equal(Membership.NonVoting, parties[2].Membership);
        Assert.Equal(Id<Party>.Of("circle"), parties[2].Prime);
        Assert.Equal(new HashSet<PartyRole> { PartyRole.SubContractor }, parties[2].Roles);
    }

    [Fact]
    public void Funding_shares_are_read_as_exact_fractions()
    {
        var funding = ReadAssert.Clean(ContractFiles.With("""
            funding:
              pooled: true
              shares:
                - { party: ccg, share: 2/3 }
                - { party: council, share: 1/3 }
            """)).Contract!.Funding;

        Assert.True(funding.Pooled);
        Assert.Equal([Id<Party>.Of("ccg"), Id<Party>.Of("council")], funding.Shares.Select(share => share.Funder));
        Assert.Equal(Share.FromFraction(2, 3), funding.Shares[0].Share);
        Assert.Equal(Share.Whole, funding.Shares[0].Share + funding.Shares[1].Share);
        Assert.Equal(new SourceRef(ReadAssert.File, "funding.shares[0]", 18, 7), funding.Shares[0].Source);
    }

    [Fact]
    public void Without_funding_the_single_commissioner_pays_everything()
    {
        var funding = ReadAssert.Clean(ContractFiles.Minimal).Contract!.Funding;

        Assert.False(funding.Pooled);
        var share = Assert.Single(funding.Shares);
        Assert.Equal((Id<Party>.Of("ccg"), Share.Whole), (share.Funder, share.Share));
    }

    [Fact]
    public void Without_funding_several_commissioners_leave_the_shares_empty_for_validation()
    {
        var funding = ReadAssert.Clean("""
            careledger: 1
            contract:
              id: salford
              name: Salford
              model: alliance
              term: { start: 2014-04, years: 3 }
            parties:
              - { id: ccg, name: Salford CCG, roles: [commissioner] }
              - { id: council, name: Salford City Council, roles: [local-authority] }
            service_lines:
              - { id: community, name: Community care }
            baseline:
              spend:
                - { service_line: community, provider: ccg, amount: £98m }
            """).Contract!.Funding;

        Assert.Empty(funding.Shares);
    }
}
