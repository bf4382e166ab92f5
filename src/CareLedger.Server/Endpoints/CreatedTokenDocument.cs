using CareLedger.Data.Accounts;

namespace CareLedger.Server.Endpoints;

/// <summary>A new API token: <see cref="Token"/> is the secret, shown this once and never stored.</summary>
public sealed record CreatedTokenDocument(ApiToken Details, string Token);
