using System.Buffers;
using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// The working cells of one year's budget, in whole minor units. Integer arithmetic keeps every step exact and fast
/// enough to build a 40-provider, 15-line, 10-year contract in a simulation loop.
/// </summary>
internal sealed class CellLedger
{
    // Keys and their index are shared between a ledger and its clones until one of them adds a cell
    // (copy on write): a year's ledger usually has the same cells as the year before.
    private List<BudgetCellKey> _keys;
    private Dictionary<BudgetCellKey, int> _index;
    private bool _sharesKeys;
    private long[] _units;
    private BudgetCellKey[]? _keySnapshot;
    private int[]? _allIndexes;

    public CellLedger(Currency currency, RoundingRule rounding, IEnumerable<(BudgetCellKey Key, long Units)> cells)
    {
        Currency = currency;
        Rounding = rounding;
        _keys = [];
        _index = [];
        var units = new List<long>();
        foreach (var (key, amount) in cells)
        {
            if (_index.TryGetValue(key, out var existing))
            {
                units[existing] += amount;
                continue;
            }

            _index[key] = _keys.Count;
            _keys.Add(key);
            units.Add(amount);
        }

        _units = units.ToArray();
    }

    private CellLedger(CellLedger other)
    {
        Currency = other.Currency;
        Rounding = other.Rounding;
        _keys = other._keys;
        _index = other._index;
        _keySnapshot = other._keySnapshot;
        _allIndexes = other._allIndexes;
        _sharesKeys = true;
        other._sharesKeys = true;
        _units = (long[])other._units.Clone();
    }

    public Currency Currency { get; }

    public RoundingRule Rounding { get; }

    public int Count => _keys.Count;

    /// <summary>The cell keys in order; shared between steps until a cell is added.</summary>
    public BudgetCellKey[] Keys => _keySnapshot ??= [.. _keys];

    public long this[int index] => _units[index];

    public long Total => _units.Sum();

    public CellLedger Clone() => new(this);

    public Money ToMoney(long units) => Money.FromMinorUnits(units, Currency);

    /// <summary>Indexes of the cells a scope selects, in cell order.</summary>
    public int[] Select(CellScope scope)
    {
        if (scope.IsEverything)
        {
            // Callers only read the list, so one is shared until a cell is added.
            return _allIndexes ??= Enumerable.Range(0, _keys.Count).ToArray();
        }

        var selected = new List<int>();
        for (var i = 0; i < _keys.Count; i++)
        {
            if (scope.Matches(_keys[i].ServiceLine, _keys[i].Provider))
            {
                selected.Add(i);
            }
        }

        return selected.ToArray();
    }

    public long TotalOf(int[] indexes)
    {
        long total = 0;
        foreach (var i in indexes)
        {
            total += _units[i];
        }

        return total;
    }

    /// <summary>The index of a cell, adding an empty one if the budget has none yet (the target of a shift).</summary>
    public int IndexOf(BudgetCellKey key)
    {
        if (_index.TryGetValue(key, out var index))
        {
            return index;
        }

        if (_sharesKeys)
        {
            _keys = [.. _keys];
            _index = new Dictionary<BudgetCellKey, int>(_index);
            _sharesKeys = false;
        }

        index = _keys.Count;
        _index[key] = index;
        _keys.Add(key);
        _keySnapshot = null;
        _allIndexes = null;
        Array.Resize(ref _units, _keys.Count);
        return index;
    }

    /// <summary>
    /// Spreads an amount over the selected cells in proportion to their size (largest-remainder rule) and adds it.
    /// Returns the change to every cell (by cell index). Cells that hold nothing receive nothing unless all of them
    /// are empty, in which case the amount is spread evenly.
    /// </summary>
    public long[] Spread(long amount, int[] indexes)
    {
        var changes = new long[_keys.Count];
        if (amount == 0 || indexes.Length == 0)
        {
            return changes;
        }

        var rented = ArrayPool<long>.Shared.Rent(indexes.Length * 2);
        try
        {
            var weights = rented.AsSpan(0, indexes.Length);
            var parts = rented.AsSpan(indexes.Length, indexes.Length);
            var anyWeight = false;
            for (var i = 0; i < indexes.Length; i++)
            {
                weights[i] = Math.Abs(_units[indexes[i]]);
                anyWeight |= weights[i] != 0;
            }

            if (!anyWeight)
            {
                weights.Fill(1L);
            }

            Apportionment.SplitUnits(amount, weights, parts);
            for (var i = 0; i < indexes.Length; i++)
            {
                changes[indexes[i]] = parts[i];
                _units[indexes[i]] += parts[i];
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }

        return changes;
    }

    public long[] AddTo(int index, long amount)
    {
        var changes = new long[_keys.Count];
        changes[index] = amount;
        _units[index] += amount;
        return changes;
    }

    /// <summary>Rounds an exact amount (in pounds) to whole minor units with the contract's tie rule: a named rounding point.</summary>
    public long RoundToUnits(decimal exactAmount) =>
        (long)decimal.Round(exactAmount * Currency.MinorUnitScale, 0, Rounding.ToMidpointRounding());

    public CellSnapshot Snapshot() => new(Keys, (long[])_units.Clone(), Currency);

    /// <summary>The cells' amounts as they stand, to put back with <see cref="Restore"/> if a step cannot be applied.</summary>
    public long[] Save() => (long[])_units.Clone();

    /// <summary>
    /// Puts back amounts saved before a step. A cell the step added (a shift's target) stays, empty: its key may
    /// already be shared with snapshots, and an empty cell changes no total.
    /// </summary>
    public void Restore(long[] saved)
    {
        var units = new long[_keys.Count];
        Array.Copy(saved, units, Math.Min(saved.Length, units.Length));
        _units = units;
    }

    /// <summary>True when every cell, and their total, is within <paramref name="largest"/> minor units either way.</summary>
    public bool IsWithin(long largest)
    {
        // Each cell is within the bound, so the total of at most int.MaxValue of them fits in an Int128.
        Int128 total = 0;
        foreach (var units in _units)
        {
            if (units > largest || units < -largest)
            {
                return false;
            }

            total += units;
        }

        return total <= largest && total >= -largest;
    }

    /// <summary>True when some cell is below zero that was not in <paramref name="before"/> (amounts saved by <see cref="Save"/>).</summary>
    public bool TurnedNegative(long[] before)
    {
        for (var i = 0; i < _units.Length; i++)
        {
            if (_units[i] < 0 && (i >= before.Length || before[i] >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records a step with the ledger's total after it.</summary>
    public BudgetStep Step(
        BudgetStepKind kind,
        string name,
        string rule,
        long basis,
        Percentage? rate,
        decimal? exact,
        long change,
        long moved,
        long[] changes,
        SourceRef? source) =>
        new(kind, name, rule, ToMoney(basis), rate, exact, ToMoney(change), ToMoney(moved), ToMoney(Total), Keys, changes, source);

    public long UnitsOf(BudgetCellKey key) => _index.TryGetValue(key, out var index) ? _units[index] : 0;
}
