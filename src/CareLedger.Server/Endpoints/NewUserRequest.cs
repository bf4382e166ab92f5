namespace CareLedger.Server.Endpoints;

public sealed record NewUserRequest(string? Email, string? Name, string? Organisation, string? Password, bool Administrator = false);
