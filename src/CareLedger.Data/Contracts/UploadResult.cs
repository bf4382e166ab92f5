using CareLedger.Specs.Diagnostics;

namespace CareLedger.Data.Contracts;

/// <summary>
/// The outcome of an upload: the version stored (or already current), every finding of the validation (warnings too,
/// when stored), for a conflict the version that is current now, and for a text naming another contract that
/// contract's id.
/// </summary>
public sealed record UploadResult(UploadStatus Status, ContractVersion? Version, IReadOnlyList<Diagnostic> Diagnostics, long? CurrentVersion = null, string? NamedContractId = null)
{
    public bool Stored => Status is UploadStatus.Added or UploadStatus.Unchanged;
}
