using CareLedger.Domain.Contracts;

namespace CareLedger.Specs.Validation;

/// <summary>
/// One value of a by-year schedule as the author wrote it: the value for a named year, or the default that
/// applies to the years not named (<see cref="YearLabel"/> null when it applies to every year).
/// </summary>
internal sealed record ScheduledValue<T>(string? YearLabel, T Value)
{
    /// <summary>
    /// The values of a schedule that some year actually uses. The default is left out when every year has its
    /// own value: it was never written, so it cannot be wrong.
    /// </summary>
    public static IEnumerable<ScheduledValue<T>> Of(YearSchedule<T> schedule, ContractValidationContext context)
    {
        var overridden = context.YearNumbers.Where(schedule.ByYearNumber.ContainsKey).ToArray();
        if (overridden.Length < context.YearCount || context.YearCount == 0)
        {
            var label = schedule.ByYearNumber.Count == 0 ? null : "the years not listed";
            yield return new ScheduledValue<T>(label, schedule.EveryYear);
        }

        foreach (var (number, value) in schedule.ByYearNumber.OrderBy(pair => pair.Key))
        {
            yield return new ScheduledValue<T>(context.YearLabel(number), value);
        }
    }
}
