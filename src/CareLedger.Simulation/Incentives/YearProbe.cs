using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// Settles one contract year on actuals a lever has moved, with the engine's own rules (the drawn mechanisms on the
/// whole actuals, then the pooled budget apportioned), and reads each party's income in minor units. One per thread:
/// the kernel reuses its arrays.
/// </summary>
internal sealed class YearProbe(SimulationPlan plan, int year)
{
    private readonly YearKernel _kernel = new(plan);
    private readonly SimulatedYear _inputs = plan.Model.NewYear();

    public int Year { get; } = year;

    /// <summary>Each party's income (by party index) and what it is made of (party × element), minor units.</summary>
    public long[] Settle(ContractActuals actuals)
    {
        _inputs.Actuals = actuals;
        var totals = _kernel.Settle(Year, _inputs, useEngine: true);
        return (long[])totals.Units.Clone();
    }

    /// <summary>Which parties are the alliance (the providers, prime and sub-contractors), whose incomes add to its whole.</summary>
    public static bool[] Members(PartyIndex parties) =>
        parties.Parties.Select(party => party.Has(PartyRole.Provider) || party.Has(PartyRole.Prime) || party.Has(PartyRole.SubContractor)).ToArray();
}
