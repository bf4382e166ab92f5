namespace CareLedger.Domain.Allocation;

/// <summary>Running totals in minor units by key, in the order keys first appear. Few keys, so a list beats hashing.</summary>
internal sealed class UnitTotals<TKey>
    where TKey : IEquatable<TKey>
{
    private readonly List<TKey> _keys = [];
    private readonly List<long> _totals = [];

    public void Add(TKey key, long units)
    {
        var index = _keys.IndexOf(key);
        if (index < 0)
        {
            _keys.Add(key);
            _totals.Add(units);
        }
        else
        {
            _totals[index] += units;
        }
    }

    public TResult[] Select<TResult>(Func<TKey, long, TResult> map)
    {
        var result = new TResult[_keys.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(_keys[i], _totals[i]);
        }

        return result;
    }
}
