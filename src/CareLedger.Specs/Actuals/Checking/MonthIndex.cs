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

    // Each period's months, counted from year 1, worked out once: rows repeat a few dozen periods, each one object
    // (ContractReferences reads each label once), so they are told apart by reference.
    private readonly Dictionary<ContractPeriod, int[]> _months = new(ReferenceEqualityComparer.Instance);

    // Rows usually come grouped by key (a provider and service line month after month): the last key's number is kept.
    private TKey? _lastKey;
    private int _lastNumber = -1;

    /// <summary>Records <paramref name="position"/> under its key and months; returns the first earlier record overlapping it, or −1.</summary>
    public int Add(TKey key, ContractPeriod period, int position)
    {
        var number = _lastNumber >= 0 && EqualityComparer<TKey>.Default.Equals(key, _lastKey) ? _lastNumber : NumberOf(key);
        if (!_months.TryGetValue(period, out var months))
        {
            months = [.. period.CoveredMonths().Select(month => default(YearMonth).MonthsUntil(month))];
            _months.Add(period, months);
        }

        var earliest = -1;
        foreach (var month in months)
        {
            var slot = ((long)number << 32) | unchecked((uint)month);
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

    private int NumberOf(TKey key)
    {
        if (!_keys.TryGetValue(key, out var number))
        {
            number = _keys.Count;
            _keys.Add(key, number);
        }

        (_lastKey, _lastNumber) = (key, number);
        return number;
    }
}
