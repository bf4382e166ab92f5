namespace CareLedger.Simulation.Model;

/// <summary>
/// Which of a simulated year's actuals the mechanisms settled with the engine's rules read: the activity cells (by
/// index into <see cref="ScenarioModel.Cells"/>) and whether indicator results. Population, risk items, costs,
/// benchmarks and corridor costs are a handful of rows and built whenever any rule of the engine runs; when none does
/// (<see cref="None"/>), no actuals are built at all.
/// </summary>
internal sealed record ActualsNeeded(int[] ActivityCells, bool Indicators, bool Rows = true)
{
    /// <summary>Every drawn mechanism is compiled: the year needs no actuals.</summary>
    public static ActualsNeeded None { get; } = new([], false, false);
}
