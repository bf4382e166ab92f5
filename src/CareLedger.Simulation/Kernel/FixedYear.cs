using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>A year's movements that no draw changes, as flat arrays: totals per party and element, and the pool's outflow per element.</summary>
internal sealed class FixedYear
{
    public FixedYear(YearMovements movements, PartyIndex parties)
    {
        Totals = new YearTotals(parties.Count);
        Add(movements, parties, Totals, Outflow);
    }

    public YearTotals Totals { get; }

    public long[] Outflow { get; } = new long[YearTotals.Elements];

    /// <summary>Adds a year's movements into flat totals and outflow.</summary>
    public static void Add(YearMovements movements, PartyIndex parties, YearTotals totals, long[] outflow)
    {
        foreach (var (key, units) in movements.Totals)
        {
            totals.Add(parties[key.Party], key.Element, units);
        }

        foreach (var (element, units) in movements.PoolOutflow)
        {
            outflow[(int)element] = checked(outflow[(int)element] + units);
        }
    }
}
