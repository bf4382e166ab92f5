namespace CareLedger.Server.Endpoints;

public sealed record NewOrganisationRequest(string? Id, string? Name);
