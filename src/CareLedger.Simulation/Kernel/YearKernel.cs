using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// Settles one simulated year from its inputs: the plan's fixed movements for the year, plus the drawn mechanisms
/// (the plan's compiled terms; or, when asked, the engine's own rules on the year's full actuals), then the pooled budget
/// apportioned once over both. The result per party and element is exactly the entitlement a year-end settlement of
/// the same actuals gives (a test re-settles sampled years with <see cref="SettlementEngine"/> to the penny). One
/// kernel per thread: it reuses its arrays.
/// </summary>
internal sealed class YearKernel(SimulationPlan plan) : IYearSettlement
{
    private readonly long[] _outflow = new long[YearTotals.Elements];
    private readonly PoolSplit _pool = new(plan.Contract, plan.Parties);

    public YearTotals Totals { get; } = new(plan.Parties.Count);

    /// <summary>What the year's compiled terms observed (a cap or collar holding the volume variance); empty when the engine's rules ran.</summary>
    public YearEvents Events { get; } = new(plan.Parties.Count);

    public YearTotals Settle(int year, SimulatedYear inputs) => Settle(year, inputs, useEngine: false);

    public YearTotals Settle(int year, SimulatedYear inputs, bool useEngine)
    {
        var fixedYear = plan.FixedMovements[year - 1];
        Array.Copy(fixedYear.Totals.Units, Totals.Units, Totals.Units.Length);
        Array.Copy(fixedYear.Outflow, _outflow, _outflow.Length);
        Events.Clear();
        if (!useEngine)
        {
            plan.Terms.Settle(year, inputs, Totals, _outflow, Events);
        }
        else
        {
            var contractYear = plan.Contract.Term.Calendar.Years[year - 1];
            FixedYear.Add(YearMovements.Of(SimulationPlan.Drawn, plan.Budget, plan.Allocations, inputs.Actuals, contractYear), plan.Parties, Totals, _outflow);
            Events.FromEngine = true;
        }

        _pool.Apportion(_outflow, Totals);
        return Totals;
    }
}
