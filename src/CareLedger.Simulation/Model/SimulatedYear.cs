using CareLedger.Domain.Actuals;

namespace CareLedger.Simulation.Model;

/// <summary>One simulated year's inputs: the actuals the contract settles on, and each party's cost of delivery in minor units (by party index; 0 when the scenario gives none).</summary>
internal sealed record SimulatedYear(ContractActuals Actuals, long[] Costs, decimal[] VolumeMultipliers);
