using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// What a settlement rule works with — the contract, the year's budget and allocation, the actuals and the
/// period — and where it records money. Money always moves between two parties, so every line has its mirror.
/// Payments by "the commissioners" come from the pool's host; the other funders' contributions to the host are
/// added when the settlement is finished.
/// </summary>
internal sealed class SettlementContext
{
    private readonly List<StatementLine> _lines = [];
    private readonly List<SettlementNote> _notes = [];
    private readonly List<ReconciliationCheck> _checks = [];
    private readonly Dictionary<StatementElement, long> _poolOutflow = [];

    public SettlementContext(Contract contract, BudgetYear budget, YearAllocation allocation, ContractActuals actuals, ContractPeriod period)
    {
        Contract = contract;
        Budget = budget;
        Allocation = allocation;
        Actuals = actuals;
        Period = period;
        Funders = FundersOf(contract);
        Host = Funders[0].Funder;
    }

    public Contract Contract { get; }

    public BudgetYear Budget { get; }

    public YearAllocation Allocation { get; }

    public ContractActuals Actuals { get; }

    public ContractPeriod Period { get; }

    public ContractYear Year => Period.Year;

    public bool IsYearEnd => Period.Kind == PeriodKind.Year;

    public Currency Currency => Contract.Currency;

    public RoundingRule Rounding => Contract.Rounding;

    /// <summary>The funders and their shares; a contract without pooled funding has its single commissioner at 100%.</summary>
    public IReadOnlyList<FundingShare> Funders { get; }

    /// <summary>The funder that pays providers on behalf of the pool (the first funder listed).</summary>
    public Id<Party> Host { get; }

    public IReadOnlyList<StatementLine> Lines => _lines;

    public IReadOnlyList<SettlementNote> Notes => _notes;

    public IReadOnlyList<ReconciliationCheck> Checks => _checks;

    public IReadOnlyDictionary<StatementElement, long> PoolOutflow => _poolOutflow;

    public ProviderAllocation? AllocationOf(Id<Party> party) =>
        Allocation.Providers.FirstOrDefault(provider => provider.Payee.Id == party);

    public Money Zero => Money.Zero(Currency);

    /// <summary>The commissioners pay a party (negative: the party repays them).</summary>
    public void PayFromCommissioners(Id<Party> to, StatementElement element, Money amount, string reason, Func<Explanation> explain, bool onAccount = false)
    {
        Record(Host, to, element, amount, reason, explain, onAccount);
        _poolOutflow[element] = _poolOutflow.GetValueOrDefault(element) + amount.ToMinorUnits();
    }

    /// <summary>Money moves from one party to another (a risk share, a patient-choice transfer, a fee funded by a charity).</summary>
    public void Transfer(Id<Party> from, Id<Party> to, StatementElement element, Money amount, string reason, Func<Explanation> explain, bool onAccount = false) =>
        Record(from, to, element, amount, reason, explain, onAccount);

    /// <summary>A line for the record that moves no money, e.g. a suspended risk share with its reason.</summary>
    public void Record(Id<Party> party, Id<Party> counterparty, StatementElement element, string reason, Func<Explanation> explain) =>
        _lines.Add(new StatementLine(party, element, Zero, reason, counterparty, false, explain));

    public void Note(string message, SourceRef? source = null) => _notes.Add(new SettlementNote(message, source));

    /// <summary>A check a rule makes of its own result, printed with the statements (e.g. a patient-choice pool nets to zero).</summary>
    public void Check(string name, bool passed, string detail) => _checks.Add(new ReconciliationCheck(name, passed, detail));

    /// <summary>Adds a line exactly as given: the year-end deduction of what in-year statements already paid.</summary>
    internal void AddOnAccount(Id<Party> party, Id<Party> counterparty, StatementElement element, Money amount, string reason, Func<Explanation> explain) =>
        _lines.Add(new StatementLine(party, element, amount, reason, counterparty, true, explain));

    /// <summary>Adds the other funders' contributions to the host for what the host paid out, by funding share.</summary>
    internal void SettlePoolContributions()
    {
        if (Funders.Count < 2)
        {
            return;
        }

        foreach (var (element, units) in _poolOutflow.OrderBy(pair => pair.Key))
        {
            if (units == 0)
            {
                continue;
            }

            var total = Money.FromMinorUnits(units, Currency);
            var parts = Apportionment.ByShares(total, Funders.Select(funder => funder.Share).ToArray());
            for (var i = 1; i < Funders.Count; i++)
            {
                var funder = Funders[i];
                var part = parts[i];
                Record(funder.Funder, Host, element, part, $"Contribution to the pooled budget: {funder.Share} of {total} paid out", () =>
                    new ExplanationBuilder("pooled-funding", "funder's share × the pool's payments for this element, split by the largest-remainder rule")
                        .Input("funding share", funder.Share, funder.Source)
                        .Input("paid out by the host", total)
                        .Result(part), onAccount: false);
            }
        }
    }

    private void Record(Id<Party> from, Id<Party> to, StatementElement element, Money amount, string reason, Func<Explanation> explain, bool onAccount)
    {
        if (amount.IsZero)
        {
            return;
        }

        _lines.Add(new StatementLine(to, element, amount, reason, from, onAccount, explain));
        _lines.Add(new StatementLine(from, element, -amount, reason, to, onAccount, () => Mirror(explain(), -amount)));
    }

    private static Explanation Mirror(Explanation original, Money amount) =>
        original with { Result = amount, Steps = [.. original.Steps, new ExplanationStep("the other side of the payment", amount.ToString())] };

    private static IReadOnlyList<FundingShare> FundersOf(Contract contract)
    {
        if (contract.Funding.Shares.Count > 0)
        {
            return contract.Funding.Shares;
        }

        var commissioner = contract.Parties.FirstOrDefault(party => party.Commissions)
            ?? throw new InvalidOperationException($"Contract '{contract.Id}' has no commissioner to pay providers.");
        return [new FundingShare(commissioner.Id, Share.Whole)];
    }
}
