using CareLedger.Domain.Actuals;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// Where a lever's marginal effect changes: the lever's range split into pieces over which one step more changes every
/// party's income by the same amount (within <see cref="Tolerance"/>). The marginal is read on a grid of nine points,
/// and between two grid points whose marginals differ the change is found by bisection to the unit, so a dead-band's
/// edge or a cap is placed exactly; a change that comes and goes between two grid points with the same marginal is not
/// seen. Each position is settled once (cached).
/// </summary>
internal sealed class MarginalSweep(YearProbe probe, ContractActuals central, Lever lever)
{
    /// <summary>Pence a step's effects may differ by and still be the same marginal: the engine rounds each amount to the penny.</summary>
    private const long Tolerance = 2;

    private const int GridPoints = 9;

    private readonly Dictionary<long, long[]> _settled = [];

    public int Settlements => _settled.Count;

    /// <summary>The pieces, least first: each piece's first and last position and the marginal (party × element, minor units a step) over it.</summary>
    public IReadOnlyList<(long From, long To, long[] Marginal)> Pieces()
    {
        var (from, to) = lever.Range;
        var last = to - lever.Step;
        var grid = Enumerable.Range(0, GridPoints).Select(i => from + ((last - from) * i / (GridPoints - 1))).Distinct().ToArray();
        var changes = new List<(long At, long[] Marginal)> { (grid[0], Marginal(grid[0])) };
        for (var i = 1; i < grid.Length; i++)
        {
            Refine(grid[i - 1], changes[^1].Marginal, grid[i], Marginal(grid[i]), changes);
        }

        var pieces = new List<(long, long, long[])>();
        for (var i = 0; i < changes.Count; i++)
        {
            pieces.Add((changes[i].At, i + 1 < changes.Count ? changes[i + 1].At - 1 : last, changes[i].Marginal));
        }

        return pieces;
    }

    /// <summary>The effect of one step from <paramref name="position"/> (party × element, minor units).</summary>
    public long[] Marginal(long position)
    {
        var before = Settled(position);
        var after = Settled(position + lever.Step);
        return after.Zip(before, (a, b) => a - b).ToArray();
    }

    private void Refine(long low, long[] lowMarginal, long high, long[] highMarginal, List<(long At, long[] Marginal)> changes)
    {
        if (Same(lowMarginal, highMarginal))
        {
            return;
        }

        if (high - low <= 1)
        {
            changes.Add((high, highMarginal));
            return;
        }

        var middle = low + ((high - low) / 2);
        var middleMarginal = Marginal(middle);
        Refine(low, lowMarginal, middle, middleMarginal, changes);
        Refine(middle, middleMarginal, high, highMarginal, changes);
    }

    public static bool Same(long[] a, long[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private long[] Settled(long position)
    {
        if (!_settled.TryGetValue(position, out var units))
        {
            units = probe.Settle(lever.Apply(central, position));
            _settled[position] = units;
        }

        return units;
    }

    /// <summary>A party's total over its elements in one party × element array.</summary>
    public static long IncomeOf(long[] units, int party)
    {
        long total = 0;
        for (var e = 0; e < YearTotals.Elements; e++)
        {
            total += units[(party * YearTotals.Elements) + e];
        }

        return total;
    }
}
