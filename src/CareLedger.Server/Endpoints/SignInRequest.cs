namespace CareLedger.Server.Endpoints;

public sealed record SignInRequest(string? Email, string? Password);
