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
        var last = LastMonth(through);
        var elapsed = months.Count(month => month.CoveredMonths().All(covered => covered <= last));
        var counted = PeriodsToCount(through, settled.Keys.ToHashSet(StringComparer.Ordinal));
        var wholeYear = counted is [var only] && only == through.Year.Label;
        var providers = year.Allocation
            .Select(provider => new ProviderAgainstPlan(
                provider.Provider,
                provider.Name,
                provider.ContractValue,
                PlannedToDate(provider.ContractValue, months.Count, elapsed),
                PaidToDate(provider.Provider, provider.ContractValue.Currency, [.. counted.Select(label => settled[label])], wholeYear)))
            .ToArray();
        return new YearToDate(through.Year.Label, through.Label, elapsed, months.Count, counted, providers);
    }

    /// <summary>
    /// The settled periods whose statements make up the year's payments to the end of <paramref name="through"/>, each
    /// month once: the year alone when it is the period and settled; otherwise each quarter ended by then, or the
    /// months of one not settled (or not ended) up to then. A caller loads only these.
    /// </summary>
    public static IReadOnlyList<string> PeriodsToCount(ContractPeriod through, IReadOnlySet<string> settled)
    {
        ArgumentNullException.ThrowIfNull(through);
        ArgumentNullException.ThrowIfNull(settled);
        if (through.Kind == PeriodKind.Year && settled.Contains(through.Label))
        {
            return [through.Label];
        }

        var last = LastMonth(through);
        var counted = new List<string>();
        foreach (var quarter in through.Year.Quarters())
        {
            var months = quarter.CoveredMonths().ToArray();
            if (months.All(month => month <= last) && settled.Contains(quarter.Label))
            {
                counted.Add(quarter.Label);
                continue;
            }

            counted.AddRange(through.Year.Months()
                .Where(month => month.CoveredMonths().All(covered => months.Contains(covered) && covered <= last))
                .Select(month => month.Label)
                .Where(settled.Contains));
        }

        return counted;
    }

    private static YearMonth LastMonth(ContractPeriod period) => period.CoveredMonths().DefaultIfEmpty(period.Year.FirstCovered).Max();

    private static Money PlannedToDate(Money contractValue, int months, int elapsed) =>
        Money.Sum(Apportionment.Evenly(contractValue, months).Take(elapsed), contractValue.Currency);

    // A settled year counts its whole entitlement; an in-year statement counts the total due with it.
    private static Money PaidToDate(Id<Party> provider, Currency currency, IReadOnlyList<SettlementDocument> counted, bool wholeYear) =>
        Money.Sum(
            counted.SelectMany(settlement => settlement.Statements
                .Where(statement => statement.Party == provider)
                .Select(statement => wholeYear ? statement.Entitlement : statement.Total)),
            currency);
}
