namespace CareLedger.Server.Endpoints;

/// <summary>
/// A correction of a closed period, paid in the later open <c>period</c>: <c>amount</c> (a decimal string, in the
/// contract's currency) moves from <c>from_party</c> to <c>to_party</c>, with the reason and what it corrects.
/// </summary>
public sealed record CorrectionBody(string? Period, string? FromParty, string? ToParty, string? Amount, string? Reason, string? Corrects);
