namespace CareLedger.Data.Accounts;

/// <summary>A users row as read: flags are integers in both databases, and the hash stays inside this assembly.</summary>
internal sealed class UserRow
{
    public string Id { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    public long Administrator { get; set; }

    public long Disabled { get; set; }

    public string SecurityStamp { get; set; } = string.Empty;

    public string CreatedAt { get; set; } = string.Empty;

    public string? PasswordHash { get; set; }

    public UserAccount ToAccount() => new(Id, Email, Name, OrganisationId, Administrator != 0, Disabled != 0, SecurityStamp, CreatedAt);
}
