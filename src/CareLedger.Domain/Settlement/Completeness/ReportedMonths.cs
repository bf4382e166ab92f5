using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Completeness;

/// <summary>
/// Which months of a period the actuals cover. A month is covered by a row for the month itself, or for the quarter or
/// the year that contains it: activity or a cost reported by quarter, or once for the year, has been reported for
/// every month in it, even though it is paid only when its period ends.
/// </summary>
internal static class ReportedMonths
{
    /// <summary>The months of <paramref name="period"/> the term covers that no period in <paramref name="reported"/> contains.</summary>
    public static ContractPeriod[] NotCovered(ContractPeriod period, IEnumerable<ContractPeriod> reported)
    {
        var covered = new bool[12];
        foreach (var row in reported.Where(row => row.Year.Number == period.Year.Number))
        {
            var (first, count) = ActivityIndex.MonthsOf(row);
            for (var month = first; month < first + count; month++)
            {
                covered[month] = true;
            }
        }

        var (start, length) = ActivityIndex.MonthsOf(period);
        return period.Year.Months()
            .Where(month => month.Number - 1 >= start && month.Number - 1 < start + length && !covered[month.Number - 1])
            .ToArray();
    }
}
