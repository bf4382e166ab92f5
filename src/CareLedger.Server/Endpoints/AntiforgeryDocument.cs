namespace CareLedger.Server.Endpoints;

/// <summary>An antiforgery request token and where a form or script puts it.</summary>
public sealed record AntiforgeryDocument(string FormFieldName, string? HeaderName, string? Token);
