namespace CareLedger.Data.Settlements;

/// <summary>
/// A stored settlement of one period: immutable, with the fingerprints of everything it was computed from, so anyone
/// can see years later which contract version, actuals and decisions it used, and recompute it.
/// </summary>
/// <param name="RunNumber">1, 2 … per period; the highest is the period's settlement, the earlier ones are kept.</param>
/// <param name="Document">The settlement in CareLedger's JSON (docs/json.md): statements, explanations, checks, notes.</param>
public sealed record SettlementRun(
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
    string Currency,
    string Document,
    string CreatedAt,
    string CreatedBy);
