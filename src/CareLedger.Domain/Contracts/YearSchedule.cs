using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Contracts;

/// <summary>
/// A value that can differ by contract year: one value for every year, with overrides for particular years
/// (Cambridgeshire's outcome share of 0%, 10%, 10%, 15%, 15%).
/// </summary>
public sealed class YearSchedule<T>
{
    private readonly Dictionary<int, T> _byYear;

    public YearSchedule(T everyYear, IReadOnlyDictionary<int, T>? byYearNumber = null)
    {
        EveryYear = everyYear;
        // A copy, so a caller's later changes to its dictionary cannot reach into a contract.
        _byYear = byYearNumber is null ? new Dictionary<int, T>() : new Dictionary<int, T>(byYearNumber);
    }

    /// <summary>The value for any year not overridden.</summary>
    public T EveryYear { get; }

    /// <summary>Overrides by year number (1 = first contract year).</summary>
    public IReadOnlyDictionary<int, T> ByYearNumber => _byYear;

    public T For(ContractYear year) => For(year.Number);

    public T For(int yearNumber) => _byYear.TryGetValue(yearNumber, out var value) ? value : EveryYear;

    public static YearSchedule<T> Constant(T value) => new(value);
}
