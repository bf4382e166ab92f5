using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Variable;

/// <summary>
/// A provider's planned and actual activity, and their value at price, over a period for one mechanism's scope.
/// Values are exact (activity × price, unrounded); rounding happens once, on the payment.
/// </summary>
internal sealed record ActivityTotals(decimal Planned, decimal Actual, decimal PlannedValue, decimal ActualValue, IReadOnlyList<ActivityActual> Rows)
{
    public decimal VarianceValue => ActualValue - PlannedValue;

    /// <summary>
    /// Sums the activity rows in scope for a provider whose period lies inside <paramref name="period"/>. Rows for a
    /// period longer than the one being settled (a quarter's row in a month) are left for the longer period.
    /// </summary>
    public static ActivityTotals For(ActivityIndex activity, CellScope scope, Id<Party> provider, ContractPeriod period, Money? unitPrice, Action<ActivityActual>? missingPrice) =>
        Of(activity.Within(provider, period), scope, unitPrice, missingPrice);

    /// <summary>
    /// The position to date: the provider's rows in scope for months and quarters of the year that end by month
    /// <paramref name="end"/> (0 = before the year's first month). Rows without a price are left out silently: the
    /// year end notes them.
    /// </summary>
    public static ActivityTotals ToDate(ActivityIndex activity, CellScope scope, Id<Party> provider, ContractYear year, int end, Money? unitPrice) =>
        Of(activity.EndingBy(provider, year, end), scope, unitPrice, null);

    private static ActivityTotals Of(IEnumerable<ActivityActual> candidates, CellScope scope, Money? unitPrice, Action<ActivityActual>? missingPrice)
    {
        var rows = candidates.Where(row => scope.Matches(row.ServiceLine, row.Provider));

        decimal planned = 0, actual = 0, plannedValue = 0, actualValue = 0;
        var priced = new List<ActivityActual>(capacity: 16);
        foreach (var row in rows)
        {
            var price = unitPrice ?? row.UnitPrice;
            if (price is null)
            {
                missingPrice?.Invoke(row);
                continue;
            }

            planned += row.PlannedActivity;
            actual += row.ActualActivity;
            plannedValue += row.PlannedActivity * price.Value.Amount;
            actualValue += row.ActualActivity * price.Value.Amount;
            priced.Add(row);
        }

        return new ActivityTotals(planned, actual, plannedValue, actualValue, priced);
    }
}
