using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>Settles one simulated year from its inputs into flat totals per party and element; one per thread, reusing its arrays.</summary>
internal interface IYearSettlement
{
    /// <summary>What the last year settled observed beyond its totals.</summary>
    YearEvents Events { get; }

    YearTotals Settle(int year, SimulatedYear inputs);
}
