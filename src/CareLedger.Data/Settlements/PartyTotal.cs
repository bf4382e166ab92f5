namespace CareLedger.Data.Settlements;

/// <summary>A party's total in a run, in minor units (pence): positive is paid to the party.</summary>
public sealed record PartyTotal(string PartyId, long TotalMinor);
