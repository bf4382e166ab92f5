namespace CareLedger.Server.Endpoints;

/// <summary>A vote for or against a motion, cast for the caller's party (name it when the organisation is several parties).</summary>
public sealed record VoteBody(bool InFavour, string? PartyId);
