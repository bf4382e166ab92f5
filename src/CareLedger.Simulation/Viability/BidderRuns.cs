using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// The bidder's surplus in every run of one simulation at one contract value, kept run by run (minor units): each
/// year's and the term's. Surplus = income − cost of delivery − the unfunded costs the contract names for the year
/// (VAT it computes but does not fund), which the bidder, holding the contract, has to find. Each run's draws depend
/// only on (seed, run, year, variable), so simulations at different values see the same futures.
/// </summary>
internal sealed class BidderRuns
{
    private const int Chunk = 256;

    private BidderRuns(Money value, long[] unfunded, long[][] surplus)
    {
        Value = value;
        Unfunded = unfunded;
        Surplus = surplus;
    }

    /// <summary>The term's budget actually settled at this value (within pennies of the value asked for).</summary>
    public Money Value { get; }

    /// <summary>The unfunded costs the contract names, per year (minor units).</summary>
    public long[] Unfunded { get; }

    /// <summary>Surplus by year (the last index is the term), then by run, in minor units.</summary>
    public long[][] Surplus { get; }

    public long[] Term => Surplus[^1];

    public static BidderRuns Simulate(Contract contract, Scenario scenario, int bidder, ViabilityOptions options, CancellationToken cancellation)
    {
        var plan = new SimulationPlan(contract, scenario);
        var layout = new ResultLayout(plan);
        var years = plan.Years;
        var series = Enumerable.Range(0, years).Select(y => layout.Series(ResultLayout.Figure.Surplus, bidder, y)
            ?? throw new ArgumentException("The bidder has no cost of delivery in the scenario.", nameof(bidder))).ToArray();
        var unfunded = plan.Budget.Years.Select(year => year.UnfundedPressure.ToMinorUnits()).ToArray();
        var runs = checked((int)options.Runs);
        var surplus = Enumerable.Range(0, years + 1).Select(_ => new long[runs]).ToArray();
        var chunks = (runs + Chunk - 1) / Chunk;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancellation };
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new RunWorker(layout, options.Seed, null),
            (chunk, _, worker) =>
            {
                var last = Math.Min(runs, (chunk + 1) * Chunk);
                for (var run = chunk * Chunk; run < last; run++)
                {
                    worker.Run(run);
                    long term = 0;
                    for (var y = 0; y < years; y++)
                    {
                        var value = checked(worker.Values[series[y]] - unfunded[y]);
                        surplus[y][run] = value;
                        term = checked(term + value);
                    }

                    surplus[years][run] = term;
                }

                return worker;
            },
            _ => { });
        return new BidderRuns(plan.Budget.TermTotal, unfunded, surplus);
    }
}
