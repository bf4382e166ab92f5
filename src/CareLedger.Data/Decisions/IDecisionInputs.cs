using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Decisions;

/// <summary>
/// The board's recorded decisions as a settlement reads them: gateway results and inclusions of risk/reward items,
/// and suspensions, applied to the contract version and its actuals.
/// </summary>
public interface IDecisionInputs
{
    Task<DecisionSet> LoadAsync(LedgerTransaction transaction, OpenedVersion version, CancellationToken cancellationToken);
}
