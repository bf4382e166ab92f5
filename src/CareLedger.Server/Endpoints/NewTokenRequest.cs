namespace CareLedger.Server.Endpoints;

public sealed record NewTokenRequest(string? Name, DateTimeOffset? ExpiresAt);
