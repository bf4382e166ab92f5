using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Model;
using CareLedger.Simulation.Summaries;
using CareLedger.Simulation.Tariff;

namespace CareLedger.Simulation;

/// <summary>One thread's share of a simulation: its own kernel, buffers, tallies and event counts, merged at the end.</summary>
internal sealed class RunWorker
{
    private readonly ResultLayout _layout;
    private readonly IYearSettlement _kernel;
    private readonly double[] _draws;
    private readonly SimulatedYear _inputs;
    private readonly ulong _seed;

    public RunWorker(ResultLayout layout, ulong seed, Tally[]? ranges)
    {
        _layout = layout;
        _seed = seed;
        _kernel = layout.Basis == PaymentBasis.ActivityTariff ? new ActivityTariffYear(layout.Plan) : new YearKernel(layout.Plan);
        _draws = new double[layout.Plan.Draws.Count];
        _inputs = layout.Plan.Model.NewYear();
        Values = new long[layout.SeriesCount];
        Events = new bool[layout.EventCount];
        Tallies = ranges?.Select(range => range.Empty()).ToArray() ?? [];
        EventCounts = new long[layout.EventCount];
    }

    public long[] Values { get; }

    public bool[] Events { get; }

    public Tally[] Tallies { get; }

    public long[] EventCounts { get; }

    /// <summary>Simulates one run (every year of the term) into <see cref="Values"/> and <see cref="Events"/>.</summary>
    public void Run(long run)
    {
        Array.Clear(Values);
        Array.Clear(Events);
        var plan = _layout.Plan;
        var state = plan.Model.Start();
        for (var year = 1; year <= plan.Years; year++)
        {
            plan.Draws.Draw(_seed, run, year, _draws);
            // Paid by activity, a year reads only the drawn multipliers and costs: no actuals are built.
            plan.Model.Fill(year, _draws, state, _inputs, needed: _layout.Basis == PaymentBasis.ActivityTariff ? ActualsNeeded.None : plan.Terms.Needed);
            var totals = _kernel.Settle(year, _inputs);
            _layout.Record(year, totals, _inputs.Costs, _kernel.Events, Values, Events);
        }

        _layout.FinishRun(Values, Events);
    }

    /// <summary>Adds the last run into this worker's tallies and counts.</summary>
    public void Keep()
    {
        for (var i = 0; i < Tallies.Length; i++)
        {
            Tallies[i].Add(Values[i]);
        }

        for (var i = 0; i < EventCounts.Length; i++)
        {
            if (Events[i])
            {
                EventCounts[i]++;
            }
        }
    }
}
