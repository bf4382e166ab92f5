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

namespace CareLedger.Domain.Tests.Builders;

/// <summary>Builds contracts for engine tests: a small valid contract by default, changed one term at a time.</summary>
public sealed class ContractBuilder
{
    private readonly List<Party> _parties = [];
    private readonly List<ServiceLine> _lines = [];
    private readonly List<BaselineCell> _cells = [];
    private readonly List<BudgetAdjustment> _adjustments = [];
    private readonly List<TopSlice> _topSlices = [];
    private readonly List<FundingShare> _funding = [];
    private YearMonth _start = new(2016, 4);
    private int _months = 36;
    private int? _yearStartMonth;
    private PaymentTerms _payment = new(new FixedElementTerms(null, InstalmentSchedule.Monthly), null, null, [], []);
    private PopulationDefinition? _population;
    private RoundingRule _rounding = RoundingRule.HalfUp;

    public ContractBuilder Term(int year, int month, int months, int? yearStartMonth = null)
    {
        _start = new YearMonth(year, month);
        _months = months;
        _yearStartMonth = yearStartMonth;
        return this;
    }

    public ContractBuilder Rounding(RoundingRule rounding)
    {
        _rounding = rounding;
        return this;
    }

    public ContractBuilder Party(string id, params PartyRole[] roles) => Party(id, null, roles);

    public ContractBuilder Party(string id, string? prime, params PartyRole[] roles)
    {
        _parties.Add(new Party(Id<Party>.Of(id), id, roles.ToHashSet(), Prime: prime is null ? null : Id<Party>.Of(prime)));
        return this;
    }

    public ContractBuilder Line(string id, bool inScope = true)
    {
        _lines.Add(new ServiceLine(Id<ServiceLine>.Of(id), id, inScope));
        return this;
    }

    public ContractBuilder Cell(string line, string provider, decimal amount)
    {
        if (_lines.All(existing => existing.Id.Value != line))
        {
            Line(line);
        }

        _cells.Add(new BaselineCell(Id<ServiceLine>.Of(line), Id<Party>.Of(provider), Money.Gbp(amount), SpendBasis.BlockEstimate));
        return this;
    }

    public ContractBuilder Adjust(BudgetAdjustment adjustment)
    {
        _adjustments.Add(adjustment);
        return this;
    }

    public ContractBuilder Rate(AdjustmentKind kind, decimal percent, YearSelector? years = null, CellScope? scope = null) =>
        Adjust(new RateAdjustment(kind.ToSpecName(), kind, Percentage.FromPercent(percent), years ?? YearSelector.All, scope ?? CellScope.Everything));

    public ContractBuilder TopSlice(TopSlice slice)
    {
        _topSlices.Add(slice);
        return this;
    }

    public ContractBuilder Funding(string funder, Share share)
    {
        _funding.Add(new FundingShare(Id<Party>.Of(funder), share));
        return this;
    }

    public ContractBuilder Payment(PaymentTerms payment)
    {
        _payment = payment;
        return this;
    }

    public ContractBuilder Population(PopulationDefinition population)
    {
        _population = population;
        return this;
    }

    public Contract Build() => new(
        Id<Contract>.Of("test-contract"),
        "Test contract",
        ContractModel.Alliance,
        Currency.Gbp,
        _rounding,
        new Term(_start, _months, _yearStartMonth ?? _start.Month, []),
        _parties,
        new Funding(_funding.Count > 1, _funding),
        _population,
        _lines,
        [],
        _topSlices,
        new Baseline(null, _cells),
        _adjustments,
        _payment,
        Array.Empty<OutcomesFramework>(),
        new RiskRewardAccount([], null),
        Array.Empty<SharedSavingsTerms>(),
        Array.Empty<RiskCorridorTerms>());

    public static YearSelector Years(params int[] numbers) => YearSelector.Only(numbers);
}
