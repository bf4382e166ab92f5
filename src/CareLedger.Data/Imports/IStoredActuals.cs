using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>The actuals a contract has in the store now: what a settlement run reads, inside its transaction.</summary>
public interface IStoredActuals
{
    Task<ActualsSnapshot> LoadAsync(LedgerTransaction transaction, Contract contract, string contractId, CancellationToken cancellationToken);
}
