using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Storage;

namespace CareLedger.Server.Hosting;

/// <summary>
/// Settles with no board decisions applied, until the gateway and suspension records are wired in: every risk/reward
/// item is then listed as not through the gateway, which is what the settlement engine does without decisions.
/// </summary>
internal sealed class NoBoardDecisions : IDecisionInputs
{
    public Task<DecisionSet> LoadAsync(LedgerTransaction transaction, OpenedVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Task.FromResult(DecisionSet.None(version.Contract));
    }
}
