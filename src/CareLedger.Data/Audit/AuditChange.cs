namespace CareLedger.Data.Audit;

/// <summary>
/// A change to record: what was done (<c>contract.version.added</c>), to what, in which contract, and the state
/// before and after as JSON (null when there was none, e.g. before a first version).
/// </summary>
public sealed record AuditChange(string Action, string EntityType, string EntityId, string? ContractId, string? Before, string? After);
