using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// Activity rows by provider, contract year and first month, built once per settlement call and shared by the year
/// end and the in-year settlements it trues up. A month's rows are then found directly rather than by scanning every
/// row of every provider for every month.
/// </summary>
internal sealed class ActivityIndex
{
    private static readonly List<ActivityActual> None = [];
    private readonly Dictionary<(Id<Party> Provider, int Year), List<ActivityActual>[]> _byStart = [];

    public ActivityIndex(IEnumerable<ActivityActual> rows)
    {
        foreach (var row in rows)
        {
            var key = (row.Provider, row.Period.Year.Number);
            if (!_byStart.TryGetValue(key, out var months))
            {
                _byStart[key] = months = new List<ActivityActual>[12];
            }

            var (first, _) = MonthsOf(row.Period);
            (months[first] ??= []).Add(row);
        }
    }

    /// <summary>The provider's rows that lie wholly inside the period (a quarter's row is not part of a month).</summary>
    public IEnumerable<ActivityActual> Within(Id<Party> provider, ContractPeriod period)
    {
        if (!_byStart.TryGetValue((provider, period.Year.Number), out var months))
        {
            yield break;
        }

        var (first, count) = MonthsOf(period);
        var end = first + count;
        for (var month = first; month < end; month++)
        {
            foreach (var row in months[month] ?? None)
            {
                var (rowFirst, rowCount) = MonthsOf(row.Period);
                if (rowFirst + rowCount <= end)
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>
    /// The provider's rows for months and quarters of <paramref name="year"/> that end by month <paramref name="end"/>
    /// (counted from the year's first month: 1 = by the end of its first month). A row for the whole year is known
    /// only at year end, so it is never part of a position to date.
    /// </summary>
    public IEnumerable<ActivityActual> EndingBy(Id<Party> provider, ContractYear year, int end)
    {
        if (!_byStart.TryGetValue((provider, year.Number), out var months))
        {
            yield break;
        }

        for (var month = 0; month < Math.Min(end, 12); month++)
        {
            foreach (var row in months[month] ?? None)
            {
                var (rowFirst, rowCount) = MonthsOf(row.Period);
                if (row.Period.Kind != PeriodKind.Year && rowFirst + rowCount <= end)
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>A period's months as (first, count), counted from its year's first month (0 = the year's first month).</summary>
    internal static (int First, int Count) MonthsOf(ContractPeriod period) => period.Kind switch
    {
        PeriodKind.Year => (0, 12),
        PeriodKind.Quarter => ((period.Number - 1) * 3, 3),
        _ => (period.Number - 1, 1),
    };
}
