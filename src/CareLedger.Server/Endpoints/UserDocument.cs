using CareLedger.Data.Accounts;

namespace CareLedger.Server.Endpoints;

/// <summary>A user as the API shows it (never a password hash or security stamp).</summary>
public sealed record UserDocument(string Id, string Email, string Name, string Organisation, bool Administrator, bool Disabled, string CreatedAt)
{
    public static UserDocument Of(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.Email, user.Name, user.OrganisationId, user.Administrator, user.Disabled, user.CreatedAt);
    }
}
