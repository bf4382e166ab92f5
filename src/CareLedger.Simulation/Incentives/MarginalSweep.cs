using CareLedger.Domain.Actuals;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// Where a lever's marginal effect changes: the lever's range split into pieces over which one step more changes every
/// party's income by about the same amount (<see cref="Same"/>: within two pence, or 2.5% where a rule's effect drifts
/// smoothly, as a patient-choice share does). The marginal is read on a grid of nine points, and between two grid
/// points whose marginals differ the change is found by bisection to the unit, so a dead-band's edge or a cap is placed
/// exactly; a change that comes and goes between two grid points with the same marginal is not seen. Each piece reports
/// its average marginal, exact from the settlements at its two ends, and whether the marginal varied within it. Each
/// position is settled once (cached).
/// </summary>
internal sealed class MarginalSweep(YearProbe probe, ContractActuals central, Lever lever)
{
    /// <summary>Pence a step's effects may differ by and still be the same marginal: the engine rounds each amount to the penny.</summary>
    private const long Tolerance = 2;

    private const int GridPoints = 9;

    private readonly Dictionary<long, long[]> _settled = [];

    public int Settlements => _settled.Count;

    /// <summary>The pieces, least first: each piece's first and last position, its average marginal (party × element, minor units a step) and whether the marginal varied within it.</summary>
    public IReadOnlyList<LeverPiece> Pieces()
    {
        var (from, to) = lever.Range;
        var last = Math.Max(from, to - lever.Step);
        var grid = Enumerable.Range(0, GridPoints).Select(i => from + ((last - from) * i / (GridPoints - 1))).Distinct().ToArray();
        var changes = new List<(long At, long[] Marginal)> { (grid[0], Marginal(grid[0])) };
        for (var i = 1; i < grid.Length; i++)
        {
            Refine(grid[i - 1], changes[^1].Marginal, grid[i], Marginal(grid[i]), changes);
        }

        // Bisection can leave a one-unit piece where a drifting share crossed the tolerance; join each change to the
        // piece before it when their marginals are the same after all.
        var kept = new List<(long At, long[] Marginal)> { changes[0] };
        kept.AddRange(changes.Skip(1).Where((change, i) => !Same(changes[i].Marginal, change.Marginal)));
        var pieces = new List<LeverPiece>();
        for (var i = 0; i < kept.Count; i++)
        {
            var end = i + 1 < kept.Count ? kept[i + 1].At - 1 : last;
            pieces.Add(Piece(kept[i].At, end));
        }

        return pieces;
    }

    /// <summary>A piece's average marginal: the change from its first position to one step past its last, over its steps.</summary>
    private LeverPiece Piece(long first, long end)
    {
        var steps = Math.Max(1, (end + lever.Step - first) / lever.Step);
        var start = Settled(first);
        var finish = Settled(first + (steps * lever.Step));
        var average = finish.Zip(start, (a, b) => (a - b) / (decimal)steps).ToArray();
        var varies = steps > 1 && !Exact(Marginal(first), Marginal(first + ((steps - 1) * lever.Step)));
        return new LeverPiece(first, end, average, varies);
    }

    private static bool Exact(long[] a, long[] b) => a.AsSpan().SequenceEqual(b);

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

    /// <summary>Two marginals are one piece when every party's every element is within two pence or 2.5% of each other.</summary>
    public static bool Same(long[] a, long[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var allowed = Math.Max(Tolerance, Math.Max(Math.Abs(a[i]), Math.Abs(b[i])) * 25 / 1000);
            if (Math.Abs(a[i] - b[i]) > allowed)
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
    public static decimal IncomeOf(decimal[] units, int party)
    {
        var total = 0m;
        for (var e = 0; e < YearTotals.Elements; e++)
        {
            total += units[(party * YearTotals.Elements) + e];
        }

        return total;
    }
}
