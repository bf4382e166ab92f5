using System.Collections;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// The cells of a budget at one point, held as arrays of keys and minor units. Cells are materialised as
/// <see cref="BudgetCell"/> records only when read, so a simulation that only needs totals does not pay for them.
/// </summary>
public sealed class CellSnapshot : IReadOnlyList<BudgetCell>
{
    private readonly BudgetCellKey[] _keys;
    private readonly long[] _units;

    internal CellSnapshot(BudgetCellKey[] keys, long[] units, Currency currency)
    {
        _keys = keys;
        _units = units;
        Currency = currency;
        long total = 0;
        foreach (var unit in units)
        {
            total += unit;
        }

        Total = Money.FromMinorUnits(total, currency);
    }

    public Currency Currency { get; }

    public Money Total { get; }

    public int Count => _keys.Length;

    public BudgetCell this[int index] => new(_keys[index], Money.FromMinorUnits(_units[index], Currency));

    internal ReadOnlySpan<BudgetCellKey> Keys => _keys;

    internal ReadOnlySpan<long> Units => _units;

    public Money AmountOf(BudgetCellKey key)
    {
        var index = Array.IndexOf(_keys, key);
        return Money.FromMinorUnits(index >= 0 ? _units[index] : 0, Currency);
    }

    public IEnumerator<BudgetCell> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
