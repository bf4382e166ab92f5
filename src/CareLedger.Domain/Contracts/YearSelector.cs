using System.Collections.Frozen;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Contracts;

/// <summary>Which contract years a term applies to: all of them, or a chosen set (by year number, 1 = first).</summary>
public sealed record YearSelector
{
    private YearSelector(IReadOnlySet<int>? numbers) => Numbers = numbers;

    public static YearSelector All { get; } = new((IReadOnlySet<int>?)null);

    /// <summary>The chosen year numbers, or null for every year.</summary>
    public IReadOnlySet<int>? Numbers { get; }

    public static YearSelector Only(IEnumerable<int> numbers) => new(numbers.Order().ToFrozenSet());

    public bool Includes(ContractYear year) => Numbers is null || Numbers.Contains(year.Number);

    public bool Equals(YearSelector? other) =>
        other is not null && (Numbers is null ? other.Numbers is null : other.Numbers is not null && Numbers.SetEquals(other.Numbers));

    public override int GetHashCode() => Numbers is null ? 0 : Numbers.Count;
}
