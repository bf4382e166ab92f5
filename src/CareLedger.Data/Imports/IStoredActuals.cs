using CareLedger.Application;
using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>The actuals a contract has in the store now: what a settlement run reads, inside its transaction.</summary>
public interface IStoredActuals
{
    /// <summary>The checked actuals, or every problem when the stored actuals no longer check against the contract (e.g. a new version dropped a service line).</summary>
    Task<ServiceResult<ActualsSnapshot>> LoadAsync(LedgerTransaction transaction, Contract contract, string contractId, CancellationToken cancellationToken);
}
