namespace CareLedger.Domain.Payments;

/// <summary>
/// How the fixed element is paid through a year: equal monthly, quarterly or annual instalments, or a profile
/// of shares (one per instalment) that must add to 100%. Equal instalments hand odd pennies to the earliest
/// instalments; profiled ones follow the largest-remainder rule of <see cref="Apportionment"/>.
/// </summary>
public sealed record InstalmentSchedule(InstalmentFrequency Frequency, IReadOnlyList<Share>? Profile = null, SourceRef? Source = null)
{
    public static InstalmentSchedule Monthly { get; } = new(InstalmentFrequency.Monthly);

    public int InstalmentsPerYear => Frequency switch
    {
        InstalmentFrequency.Monthly => 12,
        InstalmentFrequency.Quarterly => 4,
        _ => 1,
    };
}
