using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using static CareLedger.TestSupport.Values;

namespace CareLedger.TestSupport;

/// <summary>
/// The one contract builder of the tests. It starts either from nothing (<c>new ContractBuilder()</c>: no parties,
/// three years from April 2016, monthly instalments), to which a test adds the parties, lines and cells an engine test
/// needs; or from <see cref="AValidContract"/>, the Riverside alliance that passes every rule, which a test changes
/// one thing at a time. <see cref="Build"/> gives the contract; <see cref="BuildWithLocations"/> also records fake
/// locations for every key, for validation.
/// </summary>
public sealed class ContractBuilder
{
    public const string Ccg = "riverside-ccg";
    public const string Council = "riverside-council";
    public const string Hospital = "city-hospital";
    public const string Community = "community-health";
    public const string Acute = "acute";
    public const string CommunityCare = "community";
    public const string FrameworkId = "riverside-outcomes";

    private readonly List<Func<Contract, object>> _unwritten = [];
    private Contract _contract;

    /// <summary>An empty contract, built up term by term.</summary>
    public ContractBuilder()
        : this(Empty())
    {
    }

    private ContractBuilder(Contract start) => _contract = start;

    /// <summary>The Riverside alliance, valid against every rule.</summary>
    public static ContractBuilder AValidContract() => new(Riverside.Contract());

    public ContractBuilder Term(int year, int month, int months, int? yearStartMonth = null) =>
        With(contract => contract with { Term = new Term(new YearMonth(year, month), months, yearStartMonth ?? month, []) });

    public ContractBuilder Rounding(RoundingRule rounding) => With(contract => contract with { Rounding = rounding });

    /// <summary>Adds a party named by its id.</summary>
    public ContractBuilder Party(string id, params PartyRole[] roles) => Party(id, null, roles);

    public ContractBuilder Party(string id, string? prime, params PartyRole[] roles) =>
        WithParty(new Party(IdOf<Party>(id), id, roles.ToHashSet(), Prime: prime is null ? null : IdOf<Party>(prime)));

    public ContractBuilder Line(string id, bool inScope = true) =>
        With(contract => contract with { ServiceLines = [.. contract.ServiceLines, new ServiceLine(IdOf<ServiceLine>(id), id, inScope)] });

    /// <summary>Adds a block-estimate baseline cell, and its service line if the contract has none of that id.</summary>
    public ContractBuilder Cell(string line, string provider, decimal amount)
    {
        if (_contract.ServiceLines.All(existing => existing.Id.Value != line))
        {
            Line(line);
        }

        return WithCell(line, provider, amount);
    }

    public ContractBuilder Rate(AdjustmentKind kind, decimal percent, YearSelector? years = null, CellScope? scope = null) =>
        WithAdjustment(new RateAdjustment(kind.ToSpecName(), kind, Percentage.FromPercent(percent), years ?? YearSelector.All, scope ?? CellScope.Everything));

    /// <summary>Adds a funding share; the funding is pooled once there is more than one.</summary>
    public ContractBuilder Funding(string funder, Share share) =>
        With(contract =>
        {
            FundingShare[] shares = [.. contract.Funding.Shares, new FundingShare(IdOf<Party>(funder), share)];
            return contract with { Funding = new Funding(shares.Length > 1, shares) };
        });

    public ContractBuilder With(Func<Contract, Contract> change)
    {
        _contract = change(_contract);
        return this;
    }

    public ContractBuilder WithModel(ContractModel model) => With(contract => contract with { Model = model });

    public ContractBuilder WithParty(Party party) => With(contract => contract with { Parties = [.. contract.Parties, party] });

    public ContractBuilder ChangeParty(string id, Func<Party, Party> change) =>
        With(contract => contract with { Parties = contract.Parties.Select(party => party.Id.Value == id ? change(party) : party).ToArray() });

    public ContractBuilder WithFunding(bool pooled, params (string Party, string Share)[] shares) =>
        With(contract => contract with { Funding = new Funding(pooled, shares.Select(share => new FundingShare(IdOf<Party>(share.Party), Part(share.Share))).ToArray()) });

    /// <summary>Leaves out the funding section, as the reader does when it is not written: no shares, and no location.</summary>
    public ContractBuilder WithoutFundingSection()
    {
        _unwritten.Add(contract => contract.Funding);
        return With(contract => contract with { Funding = new Funding(false, []) });
    }

    public ContractBuilder WithPopulation(Func<PopulationDefinition, PopulationDefinition> change) =>
        With(contract => contract with { Population = change(contract.Population!) });

    public ContractBuilder WithTopSlice(TopSlice slice) => With(contract => contract with { TopSlices = [.. contract.TopSlices, slice] });

    public ContractBuilder WithCell(string serviceLine, string provider, decimal amount) =>
        With(contract => contract with
        {
            Baseline = contract.Baseline with
            {
                Cells = [.. contract.Baseline.Cells, new BaselineCell(IdOf<ServiceLine>(serviceLine), IdOf<Party>(provider), Gbp(amount), SpendBasis.BlockEstimate)],
            },
        });

    public ContractBuilder WithCells(params BaselineCell[] cells) =>
        With(contract => contract with { Baseline = contract.Baseline with { Cells = cells } });

    public ContractBuilder WithAdjustment(BudgetAdjustment adjustment) =>
        With(contract => contract with { Adjustments = [.. contract.Adjustments, adjustment] });

    public ContractBuilder WithPayment(PaymentTerms payment) => With(contract => contract with { Payment = payment });

    public ContractBuilder WithPayment(Func<PaymentTerms, PaymentTerms> change) =>
        With(contract => contract with { Payment = change(contract.Payment) });

    public ContractBuilder WithFixedShare(string share) =>
        WithPayment(payment => payment with { Fixed = payment.Fixed with { Share = Pct(share) } });

    public ContractBuilder WithOutcomeShare(YearSchedule<Percentage> share) =>
        WithPayment(payment => payment with { Outcome = payment.Outcome! with { PotShare = share } });

    public ContractBuilder WithVariableShare(string share) =>
        WithPayment(payment => payment with { Variable = payment.Variable! with { PlannedShare = EveryYear(Pct(share)) } });

    public ContractBuilder WithManagementFee(string payee, string rate, FeeBasis basis = FeeBasis.WithinContractValue) =>
        WithPayment(payment => payment with { ManagementFees = [new ManagementFeeTerms(IdOf<Party>(payee), EveryYear(Pct(rate)), null, basis, null)] });

    public ContractBuilder WithOverride(ProviderPaymentOverride entry) =>
        WithPayment(payment => payment with { Overrides = [.. payment.Overrides, entry] });

    public ContractBuilder WithInstalmentProfile(InstalmentFrequency frequency, params string[] shares) =>
        WithPayment(payment => payment with { Fixed = payment.Fixed with { Instalments = new InstalmentSchedule(frequency, shares.Select(Part).ToArray()) } });

    public ContractBuilder WithFrameworks(params OutcomesFramework[] frameworks) =>
        With(contract => contract with { Frameworks = frameworks });

    /// <summary>Makes <paramref name="framework"/> the contract's only framework and the one the outcome element uses.</summary>
    public ContractBuilder UsingFramework(OutcomesFramework framework) =>
        WithFrameworks(framework)
            .WithPayment(payment => payment with { Outcome = payment.Outcome! with { Framework = EveryYear(framework.Id) } });

    public ContractBuilder WithRiskItem(Func<RiskRewardItem, RiskRewardItem> change) =>
        With(contract => contract with { RiskReward = contract.RiskReward with { Items = contract.RiskReward.Items.Select(change).ToArray() } });

    public ContractBuilder WithCorridorBands(params CorridorBand[] bands) =>
        With(contract => contract with { Corridors = contract.Corridors.Select(corridor => corridor with { Bands = bands }).ToArray() });

    public ContractBuilder WithSharedSavings(Func<SharedSavingsTerms, SharedSavingsTerms> change) =>
        With(contract => contract with { SharedSavings = contract.SharedSavings.Select(change).ToArray() });

    public Contract Build() => _contract;

    /// <summary>The contract with a fake location recorded for every record and key, as the reader would record them.</summary>
    public TestContract BuildWithLocations() => new(_contract, FakeLocations.For(_contract, _unwritten.Select(select => select(_contract)).ToArray()));

    public static PartyShare ShareOf(string party, string share) => new(IdOf<Party>(party), Part(share));

    public static SharingBand Band(decimal from, decimal? to, params PartyShare[] shares) => new(from, to, shares);

    public static CorridorBand Corridor(string from, string? to, string payerShare) =>
        new(Pct(from), to is null ? null : Pct(to), Part(payerShare));

    public static YearSelector Years(params int[] numbers) => YearSelector.Only(numbers);

    private static Contract Empty() => new(
        IdOf<Contract>("test-contract"),
        "Test contract",
        ContractModel.Alliance,
        Currency.Gbp,
        RoundingRule.HalfUp,
        new Term(new YearMonth(2016, 4), 36, 4, []),
        [],
        new Funding(false, []),
        null,
        [],
        [],
        [],
        new Baseline(null, []),
        [],
        new PaymentTerms(new FixedElementTerms(null, InstalmentSchedule.Monthly), null, null, [], []),
        [],
        new RiskRewardAccount([], null),
        [],
        []);
}
