using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// What a viability assessment asks: whose bid (the bidder must have a cost of delivery in the scenario), how many runs
/// each simulation in the search takes, the seed (every simulation in the search uses the same draws, so values are
/// compared on the same futures) and the threads (results never depend on them).
/// </summary>
public sealed record ViabilityOptions(Id<Party> Bidder, long Runs, ulong Seed, int Threads = 1)
{
    /// <summary>The probabilities of being sustainable at which a contract value is searched for.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.80, 0.90, 0.95];
}
