namespace CareLedger.Server.Endpoints;

public sealed record DisabledRequest(bool Disabled);
