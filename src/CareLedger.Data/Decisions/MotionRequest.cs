namespace CareLedger.Data.Decisions;

/// <summary>
/// A motion as proposed: for the gateway, the item, the question and the answer; for an inclusion, the item and
/// include (true) or take out (false); for a suspension, the year and the item (null: every item). Every motion
/// gives its reason.
/// </summary>
public sealed record MotionRequest(MotionKind Kind, string? ItemId, string? Question, string? Year, bool Answer, string Reason);
