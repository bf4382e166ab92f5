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
        var periods = schedule.Frequency switch
        {
            InstalmentFrequency.Monthly => year.Months().ToArray(),
            InstalmentFrequency.Quarterly => year.Quarters().ToArray(),
            _ => [year.AsPeriod()],
        };

        var weights = periods.Select(period => WeightOf(schedule, period)).ToArray();
        if (weights.All(weight => weight.IsZero))
        {
            // A profile that puts nothing in the months this part year covers: fall back to covered months.
            weights = periods.Select(period => Share.FromFraction(period.CoveredMonths().Count(), 1)).ToArray();
        }

        var amounts = Apportionment.ByShares(fixedElement, weights);
        return periods.Select((period, i) => new Instalment(period, amounts[i])).ToArray();
    }

    private static Share WeightOf(InstalmentSchedule schedule, ContractPeriod period)
    {
        var covered = Share.FromFraction(period.CoveredMonths().Count(), period.Kind == PeriodKind.Quarter ? 3 : 1);
        if (schedule.Profile is not { } profile || period.Kind == PeriodKind.Year)
        {
            return covered;
        }

        return profile[period.Number - 1] * covered;
    }
}
