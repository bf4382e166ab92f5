namespace CareLedger.Server.Endpoints;

public sealed record PasswordRequest(string? Password);
