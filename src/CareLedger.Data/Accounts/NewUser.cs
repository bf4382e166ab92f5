namespace CareLedger.Data.Accounts;

/// <summary>What an administrator gives to create a user. Without a password the user cannot sign in until one is set.</summary>
public sealed record NewUser(string Email, string Name, string OrganisationId, string? Password, bool Administrator = false);
