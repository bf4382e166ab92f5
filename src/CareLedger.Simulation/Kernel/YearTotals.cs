using CareLedger.Domain.Settlement;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// What one settled year moves, per party and element, in minor units: a flat array (party × element) the kernel adds
/// into without allocating. A party's income is the sum of its row (negative for a party that pays).
/// </summary>
internal sealed class YearTotals(int parties)
{
    public static readonly int Elements = Enum.GetValues<StatementElement>().Length;

    public long[] Units { get; } = new long[parties * Elements];

    public int Parties { get; } = parties;

    public long this[int party, StatementElement element] => Units[(party * Elements) + (int)element];

    public void Add(int party, StatementElement element, long units) => Units[(party * Elements) + (int)element] = checked(Units[(party * Elements) + (int)element] + units);

    public long IncomeOf(int party)
    {
        long total = 0;
        for (var e = 0; e < Elements; e++)
        {
            total = checked(total + Units[(party * Elements) + e]);
        }

        return total;
    }

    public void Clear() => Array.Clear(Units);
}
