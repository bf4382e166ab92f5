using CareLedger.Application.Documents;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Application.Plans;

/// <summary>
/// The year so far against plan. The plan is each provider's contract value for the year (the budget's allocation)
/// spread evenly over the year's months, the earliest months taking the odd pennies (<see cref="Apportionment.Evenly"/>),
/// so twelve months of plan add up to the contract value exactly; the plan to date is the months up to the end of the
/// period. Paid to date is what the settled statements of the year made due to the provider, each month counted once:
/// the year's whole entitlement once the year itself is settled, otherwise each settled quarter, or, where a quarter is
/// not settled, its settled months (a quarter is exactly its months, so taking one or the other never counts twice).
/// </summary>
public static class YearAgainstPlan
{
    /// <param name="through">The period the page shows; the year is the one it falls in.</param>
    /// <param name="year">The budget's year, for each provider's contract value.</param>
    /// <param name="settled">The latest settlement of each settled period of the contract, by label.</param>
    public static YearToDate Of(ContractPeriod through, BudgetYearDocument year, IReadOnlyDictionary<string, SettlementDocument> settled)
    {
        ArgumentNullException.ThrowIfNull(through);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(settled);
        var months = through.Year.Months();
        var last = through.CoveredMonths().DefaultIfEmpty(through.Year.FirstCovered).Max();
        var elapsed = months.Count(month => month.CoveredMonths().All(covered => covered <= last));
        var counted = Counted(through, last, settled);
        var providers = year.Allocation
            .Select(provider => new ProviderAgainstPlan(
                provider.Provider,
                provider.Name,
                provider.ContractValue,
                PlannedToDate(provider.ContractValue, months.Count, elapsed),
                PaidToDate(provider.Provider, provider.ContractValue.Currency, counted)))
            .ToArray();
        return new YearToDate(through.Year.Label, through.Label, elapsed, months.Count, [.. counted.Select(period => period.Settlement.Period)], providers);
    }

    private static Money PlannedToDate(Money contractValue, int months, int elapsed) =>
        Money.Sum(Apportionment.Evenly(contractValue, months).Take(elapsed), contractValue.Currency);

    // A settled year counts its whole entitlement; an in-year statement counts the total due with it.
    private static Money PaidToDate(Id<Party> provider, Currency currency, IReadOnlyList<CountedPeriod> counted) =>
        Money.Sum(
            counted.SelectMany(period => period.Settlement.Statements
                .Where(statement => statement.Party == provider)
                .Select(statement => period.WholeYear ? statement.Entitlement : statement.Total)),
            currency);

    private static List<CountedPeriod> Counted(ContractPeriod through, YearMonth last, IReadOnlyDictionary<string, SettlementDocument> settled)
    {
        if (through.Kind == PeriodKind.Year && settled.TryGetValue(through.Label, out var wholeYear))
        {
            return [new CountedPeriod(wholeYear, WholeYear: true)];
        }

        var counted = new List<CountedPeriod>();
        foreach (var quarter in through.Year.Quarters())
        {
            if (quarter.CoveredMonths().All(month => month <= last) && settled.TryGetValue(quarter.Label, out var whole))
            {
                counted.Add(new CountedPeriod(whole, WholeYear: false));
                continue;
            }

            foreach (var month in through.Year.Months().Where(month => quarter.CoveredMonths().Contains(month.CoveredMonths().First()) && month.CoveredMonths().First() <= last))
            {
                if (settled.TryGetValue(month.Label, out var monthly))
                {
                    counted.Add(new CountedPeriod(monthly, WholeYear: false));
                }
            }
        }

        return counted;
    }

    private sealed record CountedPeriod(SettlementDocument Settlement, bool WholeYear);
}
