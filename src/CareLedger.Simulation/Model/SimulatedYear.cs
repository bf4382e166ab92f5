using CareLedger.Domain.Actuals;

namespace CareLedger.Simulation.Model;

/// <summary>
/// One simulated year's inputs: the actuals the contract settles on (all of them, or only what the mechanisms settled
/// with the engine's rules read), each party's cost of delivery in minor units (by party index; 0 when the scenario
/// gives none), each activity assumption's exact volume multiplier, and each indicator assumption's exact result (a
/// milestone's 1 or 0, a metric's value to four places), which the compiled terms read directly.
/// </summary>
internal sealed record SimulatedYear(ContractActuals Actuals, long[] Costs, decimal[] VolumeMultipliers, decimal[] IndicatorValues);
