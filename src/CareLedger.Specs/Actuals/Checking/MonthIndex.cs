using CareLedger.Domain.Periods;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Which record first covered each month of each key (a provider and service line, say): four bytes a month of the
/// span the key's rows cover, instead of every record's months. Finds the first earlier record whose period shares a
/// month with a new one, as a search of every earlier record with that key would, since the first record covering any
/// of the new period's months is the first that overlaps it.
/// </summary>
internal sealed class MonthIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, KeyMonths> _keys = [];

    // Each period's months, counted from year 1, worked out once: rows repeat a few dozen periods, each one object
    // (ContractReferences reads each label once), so they are told apart by reference.
    private readonly Dictionary<ContractPeriod, int[]> _months = new(ReferenceEqualityComparer.Instance);

    // Rows usually come grouped by key (a provider and service line month after month): the last key's months are kept.
    private TKey? _lastKey;
    private KeyMonths? _last;

    /// <summary>Records <paramref name="position"/> under its key and months; returns the first earlier record overlapping it, or −1.</summary>
    public int Add(TKey key, ContractPeriod period, int position)
    {
        var months = _last is not null && EqualityComparer<TKey>.Default.Equals(key, _lastKey) ? _last : MonthsOf(key);
        if (!_months.TryGetValue(period, out var covered))
        {
            covered = [.. period.CoveredMonths().Select(month => default(YearMonth).MonthsUntil(month))];
            _months.Add(period, covered);
        }

        var earliest = -1;
        foreach (var month in covered)
        {
            var first = months.FirstOr(month, position);
            if (first != position)
            {
                earliest = earliest < 0 ? first : Math.Min(earliest, first);
            }
        }

        return earliest;
    }

    private KeyMonths MonthsOf(TKey key)
    {
        if (!_keys.TryGetValue(key, out var months))
        {
            months = new KeyMonths();
            _keys.Add(key, months);
        }

        (_lastKey, _last) = (key, months);
        return months;
    }

    /// <summary>One key's months, from the earliest seen to the latest, each with the first record that covered it.</summary>
    private sealed class KeyMonths
    {
        private const int None = -1;

        private int _start;
        private int[] _first = [];

        /// <summary>The first record covering <paramref name="month"/>, or <paramref name="position"/> after recording it as the first.</summary>
        public int FirstOr(int month, int position)
        {
            Cover(month);
            ref var first = ref _first[month - _start];
            if (first == None)
            {
                first = position;
            }

            return first;
        }

        // Widens the span to take in the month, with room for a year either side, so a key's rows (a term is a few
        // years) reallocate a handful of times at most.
        private void Cover(int month)
        {
            if (_first.Length > 0 && month >= _start && month < _start + _first.Length)
            {
                return;
            }

            var start = _first.Length == 0 ? month - 12 : Math.Min(_start, month - 12);
            var end = _first.Length == 0 ? month + 12 : Math.Max(_start + _first.Length, month + 12);
            var widened = new int[end - start];
            Array.Fill(widened, None);
            if (_first.Length > 0)
            {
                _first.CopyTo(widened, _start - start);
            }

            (_start, _first) = (start, widened);
        }
    }
}
