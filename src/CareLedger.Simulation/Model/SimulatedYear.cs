using CareLedger.Domain.Actuals;

namespace CareLedger.Simulation.Model;

/// <summary>
/// One simulated year's inputs, in arrays a thread reuses year after year: the actuals the contract settles on (all of
/// them, only what the mechanisms settled with the engine's rules read, or none), each party's cost of delivery in
/// minor units (by party index; 0 when the scenario gives none), each activity assumption's exact volume multiplier,
/// each indicator assumption's exact result (a milestone's 1 or 0, a metric's value to four places) and each risk item
/// assumption's spend in minor units, which the compiled terms read directly.
/// </summary>
internal sealed class SimulatedYear(int activity, int parties, int indicators, int riskItems)
{
    public ContractActuals Actuals { get; set; } = ContractActuals.Empty;

    public long[] Costs { get; } = new long[parties];

    public decimal[] VolumeMultipliers { get; } = new decimal[activity];

    /// <summary>
    /// The largest multiplier kept in millionths: a millionfold activity. Beyond it (a lognormal's far tail) the compiled
    /// volume terms sum the year in decimal, so 128-bit sums of millionths × planned values never overflow.
    /// </summary>
    public const decimal MostMicros = 1_000_000m;

    /// <summary>Each volume multiplier in millionths (a whole number, since a multiplier has six decimal places), when <see cref="VolumeInMicros"/>.</summary>
    public long[] VolumeMicros { get; } = new long[activity];

    /// <summary>False when some multiplier is beyond <see cref="MostMicros"/>.</summary>
    public bool VolumeInMicros { get; set; }

    public decimal[] IndicatorValues { get; } = new decimal[indicators];

    public long[] RiskSpend { get; } = new long[riskItems];
}
