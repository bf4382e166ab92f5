using CareLedger.Data.Contracts;

namespace CareLedger.Server.Endpoints;

/// <summary>A contract as the API lists it: its current version, that version's entity tag, and the caller's roles in it.</summary>
public sealed record ContractDocument(string Id, string Name, long Version, string Fingerprint, string Etag, string FileName, string? Note, string UpdatedAt, string UpdatedBy, IReadOnlyList<string> Roles)
{
    public static ContractDocument Of(ContractVersion version, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.ContractId, version.Name, version.Version, version.Fingerprint, ContractETag.Of(version), version.FileName, version.Note, version.CreatedAt, version.CreatedBy, roles);
    }
}
