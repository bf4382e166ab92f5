using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// A settlement for totals only: what each party is due, by element and counterparty, with no lines, reasons or
/// explanations. This is what a simulation settles thousands of times; the figures are exactly those of the full
/// settlement's statements (<see cref="SettlementEngine.Settle(Budgets.BudgetPlan, IReadOnlyList{Allocation.YearAllocation}, Actuals.ContractActuals, ContractPeriod)"/>).
/// Amounts are held in minor units and turned into money when read.
/// </summary>
public sealed class PeriodTotals
{
    private readonly IReadOnlyDictionary<LineKey, long> _entitlement;
    private readonly IReadOnlyDictionary<LineKey, long> _onAccount;

    internal PeriodTotals(ContractPeriod period, Currency currency, IReadOnlyDictionary<LineKey, long> entitlement, IReadOnlyDictionary<LineKey, long> onAccount)
    {
        Period = period;
        Currency = currency;
        _entitlement = entitlement;
        _onAccount = onAccount;
    }

    public ContractPeriod Period { get; }

    public Currency Currency { get; }

    /// <summary>Every party that receives or pays anything in the period.</summary>
    public IReadOnlyList<Id<Party>> Parties =>
        _entitlement.Keys.Concat(_onAccount.Keys).Select(key => key.Party).Distinct().ToArray();

    /// <summary>What the party is due for the whole period (a statement's lines not on account).</summary>
    public Money EntitlementOf(Id<Party> party) => Sum(_entitlement, key => key.Party == party);

    /// <summary>What the party is due for one element over the period.</summary>
    public Money EntitlementOf(Id<Party> party, StatementElement element) =>
        Sum(_entitlement, key => key.Party == party && key.Element == element);

    /// <summary>For a year: what the in-year statements already paid the party. Zero for a month or quarter.</summary>
    public Money PaidOnAccountTo(Id<Party> party) => Sum(_onAccount, key => key.Party == party);

    /// <summary>The statement's total: the entitlement less what was paid on account.</summary>
    public Money BalanceOf(Id<Party> party) => EntitlementOf(party) - PaidOnAccountTo(party);

    private Money Sum(IReadOnlyDictionary<LineKey, long> totals, Func<LineKey, bool> include)
    {
        long units = 0;
        foreach (var (key, amount) in totals)
        {
            if (include(key))
            {
                units = checked(units + amount);
            }
        }

        return Money.FromMinorUnits(units, Currency);
    }
}
