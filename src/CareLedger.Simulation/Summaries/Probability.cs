namespace CareLedger.Simulation.Summaries;

/// <summary>How often something happened over the runs: the share, and its standard error √(p(1 − p) ÷ n).</summary>
public sealed record Probability(long Times, long Runs)
{
    public double Value => Runs == 0 ? 0 : (double)Times / Runs;

    public double StandardError => Runs == 0 ? 0 : Math.Sqrt(Value * (1 - Value) / Runs);
}
