namespace CareLedger.Simulation;

/// <summary>
/// How to run a simulation: how many runs (each a whole term), the seed, how many threads (results never depend on
/// it), and how each year is paid (the contract's mechanisms, or activity at its price as a baseline).
/// </summary>
public sealed record SimulationOptions(long Runs, ulong Seed, int Threads = 1, PaymentBasis Basis = PaymentBasis.Contract)
{
    /// <summary>The runs whose exact values fix each histogram's range (or every run, when there are fewer).</summary>
    public const int PilotRuns = 1000;
}
