using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// Splits a year's fixed element into its instalments: one per covered month, quarter or year, weighted by covered
/// months (a part quarter carries less) or by the profile, with the largest-remainder rule so they add up exactly.
/// </summary>
internal static class InstalmentPlanner
{
    public static IReadOnlyList<Instalment> Plan(InstalmentSchedule schedule, ContractYear year, Money fixedElement)
    {
        IReadOnlyList<ContractPeriod> periods = schedule.Frequency switch
        {
            InstalmentFrequency.Monthly => year.Months(),
            InstalmentFrequency.Quarterly => year.Quarters(),
            _ => [year.AsPeriod()],
        };

        // Without a profile, each instalment is weighted by the months it covers (equal in a full year).
        var byMonths = schedule.Frequency switch
        {
            InstalmentFrequency.Monthly => year.MonthWeights,
            InstalmentFrequency.Quarterly => year.QuarterWeights,
            _ => [(long)year.CoveredMonths],
        };
        var profiled = schedule.Profile is { } && schedule.Frequency != InstalmentFrequency.Annual
            ? periods.Select(period => WeightOf(schedule.Profile, period)).ToArray()
            : null;
        var weights = profiled is null || profiled.All(weight => weight.IsZero)
            ? byMonths.Select(months => Share.FromFraction(months, 1)).ToArray()
            : profiled;
        var amounts = profiled is null || profiled.All(weight => weight.IsZero)
            ? Apportionment.ByWeights(fixedElement, byMonths.AsSpan())
            : Apportionment.ByShares(fixedElement, profiled);
        var whole = Share.Sum(weights);
        var instalments = new Instalment[periods.Count];
        for (var i = 0; i < instalments.Length; i++)
        {
            instalments[i] = new Instalment(periods[i], amounts[i], weights[i] * Share.FromFraction(whole.Denominator, whole.Numerator));
        }

        return instalments;
    }

    /// <summary>A profiled instalment's weight: its profile share, scaled down if the term covers only part of it.</summary>
    private static Share WeightOf(IReadOnlyList<Share> profile, ContractPeriod period)
    {
        var full = period.Kind == PeriodKind.Quarter ? 3 : 1;
        var share = profile[period.Number - 1];
        return period.CoveredMonthCount == full ? share : share * Share.FromFraction(period.CoveredMonthCount, full);
    }
}
