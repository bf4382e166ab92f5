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
/// Payments by "the commissioners" come from the pool's host when the funding is pooled, and the other funders'
/// contributions to the host are added when the settlement is finished; when it is not pooled, each funder pays its
/// own share of every payment directly (<see cref="FunderParts"/>).
/// </summary>
/// <remarks>
/// A rule sees the inputs and the four ways to record (<see cref="PayFromCommissioners(Id{Party}, StatementElement, Money, string, Func{Explanation}, bool)"/>,
/// <see cref="Transfer"/>, <see cref="Record(Id{Party}, Id{Party}, StatementElement, string, Func{Explanation})"/>,
/// <see cref="Note"/>, <see cref="Check"/>). What has been recorded, the totals-only mode of the year-end true-up
/// and the work shared between runs are the engine's business and stay internal, so a rule cannot depend on
/// another rule's lines or on whether its own lines are kept.
/// </remarks>
public sealed class SettlementContext
{
    private readonly List<StatementLine> _lines = [];
    private readonly List<SettlementNote> _notes = [];
    private readonly List<ReconciliationCheck> _checks = [];
    private readonly Dictionary<StatementElement, long> _poolOutflow = [];
    private readonly Dictionary<LineKey, long>? _totals;
    private readonly FunderParts? _direct;

    internal SettlementContext(Contract contract, BudgetYear budget, YearAllocation allocation, ContractActuals actuals, ContractPeriod period, SettlementRun? run = null, bool totalsOnly = false)
    {
        _totals = totalsOnly ? new Dictionary<LineKey, long>(capacity: 512) : null;
        Run = run ?? new SettlementRun(actuals);
        Contract = contract;
        Budget = budget;
        Allocation = allocation;
        Actuals = actuals;
        Period = period;
        Funders = FundersOf(contract);
        Host = Funders[0].Funder;
        _direct = Funders.Count > 1 && !contract.Funding.Pooled ? new FunderParts(Funders) : null;
    }

    public Contract Contract { get; }

    public BudgetYear Budget { get; }

    public YearAllocation Allocation { get; }

    public ContractActuals Actuals { get; }

    /// <summary>Work shared across the settlements of one call (activity index, instalment splits).</summary>
    internal SettlementRun Run { get; }

    /// <summary>The activity rows by provider and period.</summary>
    internal ActivityIndex Activity => Run.Activity;

    public ContractPeriod Period { get; }

    public ContractYear Year => Period.Year;

    public bool IsYearEnd => Period.Kind == PeriodKind.Year;

    public Currency Currency => Contract.Currency;

    public RoundingRule Rounding => Contract.Rounding;

    /// <summary>The funders and their shares; a contract without pooled funding has its single commissioner at 100%.</summary>
    public IReadOnlyList<FundingShare> Funders { get; }

    /// <summary>
    /// The first funder listed: in pooled funding, the one that pays providers on behalf of the pool; in any funding,
    /// the counterparty of a line that moves no money (an outcome that earned nothing).
    /// </summary>
    public Id<Party> Host { get; }

    /// <summary>True when the funding is not pooled and there is more than one funder: each pays its own share of every payment.</summary>
    public bool FundersPayDirectly => _direct is not null;

    internal IReadOnlyList<StatementLine> Lines => _lines;

    /// <summary>
    /// In totals-only mode (the in-year settlements a year end trues up), what moved per party, counterparty and
    /// element, in minor units; no lines are kept. Null otherwise.
    /// </summary>
    internal IReadOnlyDictionary<LineKey, long>? Totals => _totals;

    internal IReadOnlyList<SettlementNote> Notes => _notes;

    internal IReadOnlyList<ReconciliationCheck> Checks => _checks;

    internal IReadOnlyDictionary<StatementElement, long> PoolOutflow => _poolOutflow;

    public ProviderAllocation? AllocationOf(Id<Party> party) =>
        Allocation.Providers.FirstOrDefault(provider => provider.Payee.Id == party);

    public Money Zero => Money.Zero(Currency);

    /// <summary>The commissioners pay a party (negative: the party repays them).</summary>
    public void PayFromCommissioners(Id<Party> to, StatementElement element, Money amount, string reason, Func<Explanation> explain, bool onAccount = false)
    {
        if (_direct is not null)
        {
            PayDirectly(to, element, [amount], () => reason, explain, onAccount);
            return;
        }

        Record(Host, to, element, amount, reason, explain, onAccount);
        _poolOutflow[element] = _poolOutflow.GetValueOrDefault(element) + amount.ToMinorUnits();
    }

    /// <summary>
    /// The commissioners pay a party an amount made of instalments (a year's fixed element): one line for their total.
    /// When each funder pays directly, it pays its share of each instalment, so the year's line is exactly what the
    /// in-year statements paid, funder by funder.
    /// </summary>
    public void PayInstalmentsFromCommissioners(Id<Party> to, StatementElement element, IReadOnlyList<Money> instalments, Func<string> describe, Func<Explanation> explain)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        if (_direct is not null)
        {
            PayDirectly(to, element, instalments, describe, explain, onAccount: false);
            return;
        }

        PayFromCommissioners(to, element, Money.Sum(instalments, Currency), describe, explain);
    }

    /// <summary>As <see cref="PayFromCommissioners(Id{Party}, StatementElement, Money, string, Func{Explanation}, bool)"/>, with the reason worded only if a line is kept and read.</summary>
    public void PayFromCommissioners(Id<Party> to, StatementElement element, Money amount, Func<string> describe, Func<Explanation> explain)
    {
        if (amount.IsZero)
        {
            return;
        }

        if (_direct is not null)
        {
            PayDirectly(to, element, [amount], describe, explain, onAccount: false);
            return;
        }

        _poolOutflow[element] = _poolOutflow.GetValueOrDefault(element) + amount.ToMinorUnits();
        if (_totals is not null)
        {
            AddTotals(Host, to, element, amount);
            return;
        }

        AddPair(Host, to, element, amount, describe(), explain(), onAccount: false);
    }

    /// <summary>Money moves from one party to another (a risk share, a patient-choice transfer, a fee funded by a charity).</summary>
    public void Transfer(Id<Party> from, Id<Party> to, StatementElement element, Money amount, string reason, Func<Explanation> explain, bool onAccount = false) =>
        Record(from, to, element, amount, reason, explain, onAccount);

    /// <summary>A line for the record that moves no money, e.g. a suspended risk share with its reason.</summary>
    public void Record(Id<Party> party, Id<Party> counterparty, StatementElement element, string reason, Func<Explanation> explain)
    {
        if (_totals is null)
        {
            _lines.Add(new StatementLine(party, element, Zero, reason, counterparty, false, explain()));
        }
    }

    public void Note(string message, SourceRef? source = null) => _notes.Add(new SettlementNote(message, source));

    /// <summary>A check a rule makes of its own result, printed with the statements (e.g. a patient-choice pool nets to zero).</summary>
    public void Check(string name, bool passed, string detail) => _checks.Add(new ReconciliationCheck(name, passed, detail));

    /// <summary>Adds a line exactly as given: the year-end deduction of what in-year statements already paid.</summary>
    internal void AddOnAccount(Id<Party> party, Id<Party> counterparty, StatementElement element, Money amount, string reason, Func<Explanation> explain) =>
        _lines.Add(new StatementLine(party, element, amount, reason, counterparty, true, explain()));

    /// <summary>Adds the other funders' contributions to the host for what the host paid out, by funding share.</summary>
    internal void SettlePoolContributions()
    {
        if (Funders.Count < 2 || _direct is not null)
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
            var shares = Funders.Select(funder => funder.Share).ToArray();
            var parts = Apportionment.ByShares(total, shares);
            for (var i = 1; i < Funders.Count; i++)
            {
                var funder = Funders[i];
                var part = parts[i];
                var reason = $"Contribution to the pooled budget: {funder.Share} of {total} paid out in {Period.Label}";
                if (_totals is null && OddPenny.Clause(total, shares, parts, Funders.Select(share => NameOf(share.Funder)).ToArray(), i, Rounding) is { } clause)
                {
                    reason += $" ({clause})";
                }

                Record(funder.Funder, Host, element, part, reason, () =>
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

        if (_totals is not null)
        {
            AddTotals(from, to, element, amount);
            return;
        }

        AddPair(from, to, element, amount, reason, explain(), onAccount);
    }

    /// <summary>Each funder pays its share of the payment directly; in totals-only runs nothing is worded.</summary>
    private void PayDirectly(Id<Party> to, StatementElement element, IReadOnlyList<Money> payments, Func<string> describe, Func<Explanation> explain, bool onAccount)
    {
        var total = Money.Sum(payments, Currency);
        if (payments.All(payment => payment.IsZero))
        {
            return;
        }

        var parts = _direct!.Split(payments, Currency);
        if (_totals is not null)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                if (!parts[i].IsZero)
                {
                    AddTotals(Funders[i].Funder, to, element, parts[i]);
                }
            }

            return;
        }

        var reason = describe();
        var explanation = explain();
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].IsZero)
            {
                AddPair(Funders[i].Funder, to, element, parts[i], _direct.Reason(reason, Contract, payments, total, parts, i, Rounding), _direct.Explain(explanation, Contract, payments, total, parts[i], i), onAccount);
            }
        }
    }

    private string NameOf(Id<Party> party) => Contract.Parties.FirstOrDefault(candidate => candidate.Id == party)?.Name ?? party.Value;

    // The explanation is built once, here, and only when lines are kept: totals-only runs never call explain.
    private void AddPair(Id<Party> from, Id<Party> to, StatementElement element, Money amount, string reason, Explanation explanation, bool onAccount)
    {
        _lines.Add(new StatementLine(to, element, amount, reason, from, onAccount, explanation));
        _lines.Add(new StatementLine(from, element, -amount, reason, to, onAccount, Mirror(explanation, -amount)));
    }

    private void AddTotals(Id<Party> from, Id<Party> to, StatementElement element, Money amount)
    {
        var units = amount.ToMinorUnits();
        var received = new LineKey(to, from, element);
        var paid = new LineKey(from, to, element);
        _totals![received] = _totals.GetValueOrDefault(received) + units;
        _totals[paid] = _totals.GetValueOrDefault(paid) - units;
    }

    private static Explanation Mirror(Explanation original, Money amount) =>
        original with { Result = amount, Steps = original.Steps.Append(new ExplanationStep("the other side of the payment", amount)) };

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
