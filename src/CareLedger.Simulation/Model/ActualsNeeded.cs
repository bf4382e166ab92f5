namespace CareLedger.Simulation.Model;

/// <summary>
/// Which of a simulated year's actuals the mechanisms settled with the engine's rules read: the activity cells (by
/// index into <see cref="ScenarioModel.Cells"/>) and whether indicator results. Population, risk items, benchmarks
/// and corridor costs are a handful of rows and always built.
/// </summary>
internal sealed record ActualsNeeded(int[] ActivityCells, bool Indicators);
