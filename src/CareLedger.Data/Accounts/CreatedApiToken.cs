namespace CareLedger.Data.Accounts;

/// <summary>A new token and its secret: the only time the secret is available.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);
