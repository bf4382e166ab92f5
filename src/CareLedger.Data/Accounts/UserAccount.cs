namespace CareLedger.Data.Accounts;

/// <summary>A user as the rest of the system sees it; the password hash never leaves <see cref="Users"/>.</summary>
public sealed record UserAccount(
    string Id,
    string Email,
    string Name,
    string OrganisationId,
    bool Administrator,
    bool Disabled,
    string SecurityStamp,
    string CreatedAt);
