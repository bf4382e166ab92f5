namespace CareLedger.Server.Endpoints;

/// <summary>Close a settled period, with the reason recorded in the audit trail.</summary>
public sealed record CloseRequest(string? Period, string? Reason);
