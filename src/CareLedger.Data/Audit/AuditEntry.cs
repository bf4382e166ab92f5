namespace CareLedger.Data.Audit;

/// <summary>
/// One recorded change. Its hash is SHA-256 over every field and the previous entry's hash, so changing, removing or
/// reordering any entry breaks every hash after it; <see cref="AuditVerifier"/> names the first that does not check.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    string At,
    string Actor,
    string Action,
    string EntityType,
    string EntityId,
    string? ContractId,
    string? BeforeState,
    string? AfterState,
    string PreviousHash,
    string Hash)
{
    /// <summary>The hash of the entry before the first: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The hash this entry should have: every field, length-prefixed so no two entries can share a text.</summary>
    public string ComputeHash() =>
        Fingerprint.Combine(
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            At,
            Actor,
            Action,
            EntityType,
            EntityId,
            Nullable(ContractId),
            Nullable(BeforeState),
            Nullable(AfterState),
            PreviousHash);

    // A missing value and an empty one hash differently.
    private static string Nullable(string? value) => value is null ? "\0null" : value;
}
