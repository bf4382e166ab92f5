using CareLedger.Domain.Explaining;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// The year-end true-up: settles each in-year period of the year (months or quarters, as the fixed element is
/// paid) and deducts, per party, counterparty and element, what those statements paid. A year statement's total
/// is then the balance due, and the months plus the year add up to the year's entitlement exactly.
/// </summary>
internal static class OnAccount
{
    public static IReadOnlyList<ContractPeriod> InYearPeriods(InstalmentSchedule schedule, ContractYear year) => schedule.Frequency switch
    {
        InstalmentFrequency.Monthly => year.Months(),
        InstalmentFrequency.Quarterly => year.Quarters(),
        _ => [],
    };

    /// <summary>
    /// Adds, for each party, counterparty and element, a line deducting what the in-year settlements paid. The
    /// in-year settlements were run for totals only; the explanation lists each period's amount.
    /// </summary>
    public static void Deduct(SettlementContext yearContext, IReadOnlyList<(ContractPeriod Period, IReadOnlyDictionary<LineKey, long> Totals)> inYear)
    {
        if (inYear.Count == 0)
        {
            return;
        }

        // Keep first-seen order so the deductions read in the order the rules paid.
        var currency = yearContext.Currency;
        var byKey = new Dictionary<LineKey, long[]>();
        var order = new List<LineKey>();
        for (var index = 0; index < inYear.Count; index++)
        {
            foreach (var (key, units) in inYear[index].Totals)
            {
                if (!byKey.TryGetValue(key, out var perPeriod))
                {
                    byKey[key] = perPeriod = new long[inYear.Count];
                    order.Add(key);
                }

                perPeriod[index] += units;
            }
        }

        foreach (var key in order)
        {
            var perPeriod = byKey[key];
            var paidUnits = perPeriod.Sum();
            if (paidUnits == 0)
            {
                continue;
            }

            var paid = Money.FromMinorUnits(paidUnits, currency);
            var periods = Enumerable.Range(0, inYear.Count).Where(index => perPeriod[index] != 0).Select(index => inYear[index].Period.Label).ToArray();
            var reason = periods.Length == 1 ? $"Paid on account in {periods[0]}" : $"Paid on account in {periods.Length} statements, {periods[0]} to {periods[^1]}";
            yearContext.AddOnAccount(key.Party, key.Counterparty, key.Element, -paid, reason, () => Explain(inYear, perPeriod, paid, key.Element, currency));
        }
    }

    private static Explanation Explain(IReadOnlyList<(ContractPeriod Period, IReadOnlyDictionary<LineKey, long> Totals)> inYear, long[] perPeriod, Money paid, StatementElement element, Currency currency)
    {
        var builder = new ExplanationBuilder("on-account", $"the {element.ToSpecName()} already paid in the year's in-year statements, deducted from the year's entitlement");
        for (var index = 0; index < inYear.Count; index++)
        {
            if (perPeriod[index] != 0)
            {
                builder.Step($"paid in {inYear[index].Period.Label}", Money.FromMinorUnits(perPeriod[index], currency));
            }
        }

        return builder.Step("paid on account", paid).Result(-paid);
    }
}
