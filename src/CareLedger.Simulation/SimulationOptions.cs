namespace CareLedger.Simulation;

/// <summary>How to run a simulation: how many runs (each a whole term), the seed, and how many threads (results never depend on it).</summary>
public sealed record SimulationOptions(long Runs, ulong Seed, int Threads = 1)
{
    /// <summary>The runs whose exact values fix each histogram's range (or every run, when there are fewer).</summary>
    public const int PilotRuns = 1000;
}
