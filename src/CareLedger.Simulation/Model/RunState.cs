namespace CareLedger.Simulation.Model;

/// <summary>
/// What one simulated run carries from year to year: last year's population count and the unit-cost inflation index
/// (1 in the first year, rounded to ten decimal places each year so it stays exact in decimal).
/// </summary>
internal sealed class RunState(int heads)
{
    public int PreviousHeads { get; set; } = heads;

    public decimal InflationIndex { get; set; } = 1m;
}
