using CareLedger.Data.Settlements;

namespace CareLedger.Server.Endpoints;

/// <summary>A stored settlement run without its document: what it settled, from which inputs, when and by whom.</summary>
public sealed record RunDocument(
    string Id,
    string ContractId,
    string Period,
    long RunNumber,
    long ContractVersion,
    string ContractFingerprint,
    string ActualsFingerprint,
    string DecisionsFingerprint,
    string InputsFingerprint,
    bool Provisional,
    string CreatedAt,
    string CreatedBy,
    string Settlement)
{
    public static RunDocument Of(SettlementRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.ContractId, run.Period, run.RunNumber, run.ContractVersion, run.ContractFingerprint, run.ActualsFingerprint, run.DecisionsFingerprint,
            run.InputsFingerprint, run.Provisional, run.CreatedAt, run.CreatedBy, $"/api/v1/contracts/{run.ContractId}/runs/{run.Id}/settlement");
    }
}
