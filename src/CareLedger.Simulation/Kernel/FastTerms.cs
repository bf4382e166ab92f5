using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// Compiled terms for the drawn mechanisms: the same arithmetic as the engine's rules, with everything that does not
/// depend on a draw worked out once. Compiled only when every drawn mechanism the contract uses has a term; otherwise
/// the kernel settles the drawn mechanisms with the engine's rules.
/// </summary>
internal sealed class FastTerms
{
    private FastTerms()
    {
    }

    public static FastTerms? Compile(SimulationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return null;
    }

#pragma warning disable CA1822 // An instance member: compiled terms will hold the plan's precomputed figures.
    public void Settle(int year, SimulatedYear inputs, YearTotals totals, long[] outflow, YearEvents events)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(inputs);
        throw new NotSupportedException($"No compiled terms for year {year}.");
    }
}
