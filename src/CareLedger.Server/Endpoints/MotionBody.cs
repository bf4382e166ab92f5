namespace CareLedger.Server.Endpoints;

/// <summary>
/// A motion to propose: <c>kind</c> is <c>gateway</c> (item, question: material | collective_responsibility |
/// jointly_agreed, answer), <c>include</c> (item, answer: include or take out) or <c>suspension</c> (year, item or
/// none for every item); every motion gives its reason.
/// </summary>
public sealed record MotionBody(string? Kind, string? ItemId, string? Question, string? Year, bool Answer, string? Reason);
