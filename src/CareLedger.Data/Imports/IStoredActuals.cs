using CareLedger.Application;
using CareLedger.Data.Storage;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>The actuals a contract has in the ledger now, as a settlement run reads them (inside its own transaction).</summary>
public interface IStoredActuals
{
    Task<ActualsSnapshot> LoadAsync(LedgerTransaction transaction, Contract contract, string contractId, CancellationToken cancellationToken);
}

/// <summary>
/// The current actuals of a contract: checked, with every row's source (file, line, column) so explanations cite
/// them; one fingerprint for all of them, which a settlement run records; and the texts they were read from.
/// </summary>
public sealed record ActualsSnapshot(ContractActuals Actuals, string Fingerprint, IReadOnlyList<SourceText> Files);
