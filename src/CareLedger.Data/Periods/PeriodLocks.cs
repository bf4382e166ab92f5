using CareLedger.Domain.Periods;

namespace CareLedger.Data.Periods;

/// <summary>
/// Which periods are locked: a closed period, and every period inside one (closing a year locks its quarters and
/// months; closing a quarter locks its months). Nothing may change a locked period's settlement or its actuals.
/// </summary>
public sealed class PeriodLocks(IReadOnlySet<string> closed)
{
    public static PeriodLocks None { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    public IReadOnlySet<string> Closed => closed;

    /// <summary>The closed period that locks <paramref name="period"/> (itself or one containing it), or null.</summary>
    public string? LockedBy(ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        foreach (var candidate in Containing(period))
        {
            if (closed.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The period, then its quarter (for a month), then its year.</summary>
    private static IEnumerable<string> Containing(ContractPeriod period)
    {
        yield return period.Label;
        if (period.Kind == PeriodKind.Month)
        {
            yield return period.Year.Label + "-Q" + (((period.Number - 1) / 3) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (period.Kind != PeriodKind.Year)
        {
            yield return period.Year.Label;
        }
    }
}
