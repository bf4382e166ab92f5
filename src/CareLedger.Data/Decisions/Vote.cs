namespace CareLedger.Data.Decisions;

/// <summary>One member's vote on a motion, cast once.</summary>
/// <param name="InFavour">True for a vote for the motion, false against.</param>
public sealed record Vote(string MotionId, string PartyId, bool InFavour, string At, string ByActor);
