namespace CareLedger.Data.Accounts;

/// <summary>An organisation that takes part in contracts: a trust, an ICB, a council, a GP federation.</summary>
public sealed record Organisation(string Id, string Name, string CreatedAt);
