using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Results;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation;

/// <summary>
/// Monte Carlo simulation of a contract under a scenario: each run draws every year of the term and settles it with
/// the contract's own rules. The first <see cref="SimulationOptions.PilotRuns"/> runs are kept exactly to fix each
/// histogram's range; every later run is added to its thread's streaming tallies and forgotten, so memory is the
/// tallies' (about 16 KB per figure kept), not the runs'. Runs are independent and their draws depend only on (seed,
/// run, year, variable), and every tally is integer counts and sums, so the result is the same byte for byte on any
/// number of threads.
/// </summary>
public static class Simulator
{
    private const int Chunk = 256;

    public static SimulationResult Simulate(Contract contract, Scenario scenario, SimulationOptions options, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Runs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Runs, "A simulation needs at least one run.");
        }

        var plan = new SimulationPlan(contract, scenario);
        var layout = new ResultLayout(plan, options.Basis);
        var pilotRuns = (int)Math.Min(options.Runs, SimulationOptions.PilotRuns);
        var pilot = new RunWorker(layout, options.Seed, null);
        var pilotValues = new long[pilotRuns][];
        var eventCounts = new long[layout.EventCount];
        for (var run = 0; run < pilotRuns; run++)
        {
            cancellation.ThrowIfCancellationRequested();
            pilot.Run(run);
            pilotValues[run] = (long[])pilot.Values.Clone();
            for (var e = 0; e < eventCounts.Length; e++)
            {
                eventCounts[e] += pilot.Events[e] ? 1 : 0;
            }

            if ((run + 1) % Chunk == 0)
            {
                progress?.Report(run + 1);
            }
        }

        var tallies = Ranges(pilotValues, layout.SeriesCount);
        foreach (var values in pilotValues)
        {
            for (var i = 0; i < tallies.Length; i++)
            {
                tallies[i].Add(values[i]);
            }
        }

        progress?.Report(pilotRuns);
        var done = (long)pilotRuns;
        var remaining = options.Runs - pilotRuns;
        var chunks = (remaining + Chunk - 1) / Chunk;
        var merge = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancellation };
        Parallel.For(
            0L,
            chunks,
            parallel,
            () => new RunWorker(layout, options.Seed, tallies),
            (chunk, _, worker) =>
            {
                var first = pilotRuns + (chunk * Chunk);
                var last = Math.Min(options.Runs, first + Chunk);
                for (var run = first; run < last; run++)
                {
                    worker.Run(run);
                    worker.Keep();
                }

                progress?.Report(Interlocked.Add(ref done, last - first));
                return worker;
            },
            worker =>
            {
                lock (merge)
                {
                    for (var i = 0; i < tallies.Length; i++)
                    {
                        tallies[i].Merge(worker.Tallies[i]);
                    }

                    for (var e = 0; e < eventCounts.Length; e++)
                    {
                        eventCounts[e] += worker.EventCounts[e];
                    }
                }
            });

        return SimulationResults.Of(layout, options, tallies, eventCounts);
    }

    /// <summary>Each figure's histogram range: the pilot's least to greatest value, widened by half the span each side.</summary>
    private static Tally[] Ranges(long[][] pilot, int series)
    {
        var tallies = new Tally[series];
        for (var i = 0; i < series; i++)
        {
            var min = long.MaxValue;
            var max = long.MinValue;
            foreach (var values in pilot)
            {
                min = Math.Min(min, values[i]);
                max = Math.Max(max, values[i]);
            }

            var margin = Math.Max((max - min) / 2, Math.Max(Math.Abs(max) / 1000, Tally.Bins));
            tallies[i] = new Tally(min - margin, max + margin + 1);
        }

        return tallies;
    }
}
