namespace CareLedger.Data.Accounts;

/// <summary>An API token as listed: never its secret, which is shown once when the token is created.</summary>
public sealed record ApiToken(string Id, string UserId, string Name, string CreatedAt, string? ExpiresAt, string? RevokedAt);
