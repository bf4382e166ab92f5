using CareLedger.Domain.Periods;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Which record first covered each month of each key (a provider and service line, say): a few dozen bytes a month
/// given, instead of every record's months. Finds the first earlier record whose period shares a month with a new
/// one, as a search of every earlier record with that key would, since the first record covering any of the new
/// period's months is the first that overlaps it.
/// </summary>
internal sealed class MonthIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _keys = [];

    // (the key's number, the month counted from year 1) → the position of the first record covering that month.
    private readonly Dictionary<long, int> _first = [];

    /// <summary>Records <paramref name="position"/> under its key and months; returns the first earlier record overlapping it, or −1.</summary>
    public int Add(TKey key, ContractPeriod period, int position)
    {
        if (!_keys.TryGetValue(key, out var number))
        {
            number = _keys.Count;
            _keys.Add(key, number);
        }

        var earliest = -1;
        foreach (var month in period.CoveredMonths())
        {
            var slot = ((long)number << 32) | unchecked((uint)default(YearMonth).MonthsUntil(month));
            if (_first.TryGetValue(slot, out var first))
            {
                earliest = earliest < 0 ? first : Math.Min(earliest, first);
            }
            else
            {
                _first.Add(slot, position);
            }
        }

        return earliest;
    }
}
