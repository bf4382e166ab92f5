using CareLedger.Domain.Allocation;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement.Rules.Reimbursement;

/// <summary>
/// Direct cost reimbursement: a provider is paid the allowable costs it reports for the lines its terms reimburse,
/// instead of instalments (the budget took those lines out of its fixed element), held at most the terms' cap.
/// </summary>
/// <remarks>
/// <para>For each provider and each set of terms that covers it this year (<see cref="ProviderAllocation.Reimbursed"/>):</para>
/// <list type="bullet">
/// <item>In-year, on account: the costs whose periods end in the period. The cap is the year's, so the period pays
/// what the costs reported to its end, held at the cap, exceed the costs reported before it, held the same way;
/// in-year payments never add up to more than the cap.</item>
/// <item>At year end: every cost reported for the year, held at the cap (<see cref="Payments.CapAndCollar"/>, no collar).
/// The engine deducts what the in-year statements paid, so the year statement holds the balance: costs reported
/// only for the quarter or the year, or a cap that bit earlier than the year's total.</item>
/// </list>
/// <para>Costs are reported in pennies and a cap given as a rate was rounded to the penny when the budget was
/// allocated, so nothing is rounded here. A provider with nothing reported is paid nothing, and the year end says so.</para>
/// </remarks>
public sealed class CostReimbursementRule : ISettlementRule, IExpectsActuals
{
    public bool AppliesTo(SettlementContext context) => context.Contract.Payment.CostReimbursement.Count > 0;

    /// <summary>
    /// Each provider the terms reimburse this year has costs covering every month of the period: reported for the month,
    /// or for its quarter or the year (a cost reported once a year covers every month, and is paid at year end).
    /// </summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context)
    {
        foreach (var provider in context.Allocation.Providers)
        {
            foreach (var budget in provider.Reimbursed ?? [])
            {
                var costs = ReportedCosts.Of(context.Actuals.AllowableCosts, budget.Terms, provider.Payee.Id, context.Year, context.Currency);
                var months = ReportedMonths.NotCovered(context.Period, costs.Rows.Select(row => row.Period));
                if (months.Length > 0)
                {
                    yield return new MissingActual("allowable_costs", $"allowable costs of {provider.Payee.Name} ({provider.Payee.Id})", months, $"cost reimbursement '{budget.Terms.Name}'", budget.Terms.Source);
                }
            }
        }
    }

    public void Settle(SettlementContext context)
    {
        foreach (var provider in context.Allocation.Providers)
        {
            foreach (var budget in provider.Reimbursed ?? [])
            {
                var costs = ReportedCosts.Of(context.Actuals.AllowableCosts, budget.Terms, provider.Payee.Id, context.Year, context.Currency);
                if (context.IsYearEnd)
                {
                    SettleYear(context, provider, budget, costs);
                }
                else
                {
                    SettleOnAccount(context, provider, budget, costs);
                }
            }
        }

        if (context.IsYearEnd)
        {
            NoteCostsWithoutBudget(context);
        }
    }

    private static void SettleYear(SettlementContext context, ProviderAllocation provider, ReimbursedBudget budget, ReportedCosts costs)
    {
        var terms = budget.Terms;
        var total = costs.Total;
        var amount = budget.Bounds.Hold(total, context.Rounding);
        var held = budget.Bounds.Binds(total) ? $", held at the cap {budget.Cap}" : budget.Cap is { } cap ? $" (cap {cap})" : string.Empty;
        var reason = costs.IsEmpty
            ? $"Cost reimbursement '{terms.Name}' for {provider.Payee.Name}: no allowable costs reported for {context.Year.Label} against {budget.Planned} planned; nothing paid"
            : $"Cost reimbursement '{terms.Name}' for {provider.Payee.Name}: allowable costs {total} against {budget.Planned} planned{held}";
        Explanation Explain() => ReimbursementExplanation.ForYear(budget, costs, total, amount, context.Rounding);
        if (costs.IsEmpty)
        {
            context.Note($"Cost reimbursement '{terms.Name}': {provider.Payee.Name} reported no allowable costs for {context.Year.Label}, so it is paid nothing for the lines it covers (planned {budget.Planned}).", terms.Source);
        }

        if (amount.IsZero)
        {
            context.Record(provider.Payee.Id, context.Host, StatementElement.CostReimbursement, reason, Explain);
        }
        else
        {
            context.PayFromCommissioners(provider.Payee.Id, StatementElement.CostReimbursement, amount, reason, Explain);
        }
    }

    private static void SettleOnAccount(SettlementContext context, ProviderAllocation provider, ReimbursedBudget budget, ReportedCosts costs)
    {
        var period = context.Period;
        var before = costs.Before(period);
        var through = costs.Through(period);
        var amount = budget.Bounds.Hold(through, context.Rounding) - budget.Bounds.Hold(before, context.Rounding);
        var reported = through - before;
        if (reported.IsZero)
        {
            return;
        }

        var name = budget.Terms.Name;
        var payee = provider.Payee.Name;
        var cap = budget.Cap;
        string Describe() => amount == reported
            ? $"Cost reimbursement '{name}' for {payee} on account: allowable costs {reported} reported in {period.Label}"
            : $"Cost reimbursement '{name}' for {payee} on account: allowable costs {reported} reported in {period.Label}, held to the year's cap {cap}";
        context.PayFromCommissioners(provider.Payee.Id, StatementElement.CostReimbursement, amount, Describe, () =>
            ReimbursementExplanation.OnAccount(budget, costs, period, before, through, amount));
    }

    /// <summary>Costs the terms cover for a provider the budget pays nothing this year: said, not silently dropped.</summary>
    private static void NoteCostsWithoutBudget(SettlementContext context)
    {
        var budgeted = context.Allocation.Providers.Where(provider => provider.Reimbursed is { Count: > 0 }).Select(provider => provider.Payee.Id).ToHashSet();
        var unbudgeted = context.Actuals.AllowableCosts
            .Where(row => row.Period.Year.Number == context.Year.Number && !budgeted.Contains(row.Provider))
            .GroupBy(row => row.Provider);
        foreach (var rows in unbudgeted)
        {
            var total = Money.Sum(rows.Select(row => row.Amount), context.Currency);
            context.Note($"Cost reimbursement: {rows.Key} reported allowable costs of {total} for {context.Year.Label} but has no budget the terms reimburse this year; nothing paid.", rows.First().Source);
        }
    }
}
