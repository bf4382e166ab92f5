using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Completeness;

/// <summary>Periods in words, runs of consecutive months shortened: "2016/17-M05 to 2016/17-M12 (8 months)", "2016/17-Q3, 2016/17-Q4".</summary>
internal static class PeriodText
{
    public static string Describe(IReadOnlyList<ContractPeriod> periods)
    {
        var parts = new List<string>();
        for (var i = 0; i < periods.Count;)
        {
            var end = i;
            while (end + 1 < periods.Count && periods[end + 1].Kind == PeriodKind.Month && periods[end].Kind == PeriodKind.Month
                && periods[end + 1].Year.Number == periods[end].Year.Number && periods[end + 1].Number == periods[end].Number + 1)
            {
                end++;
            }

            var run = end - i + 1;
            parts.Add(run >= 3 ? $"{periods[i].Label} to {periods[end].Label} ({run} months)" : string.Join(", ", periods.Skip(i).Take(run).Select(period => period.Label)));
            i = end + 1;
        }

        return string.Join(", ", parts);
    }
}
