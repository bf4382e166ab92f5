using System.Security.Claims;
using CareLedger.Data.Audit;

namespace CareLedger.Server.Security;

/// <summary>The signed-in user behind a request, as endpoints need it: the id, and the actor the audit trail records.</summary>
public sealed record SignedInUser(string Id, string Email)
{
    public Actor Actor => Actor.User(Email);

    /// <summary>The user of an authenticated principal. Endpoints reach here only after authorisation, so absence is a bug.</summary>
    public static SignedInUser Of(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(LedgerClaims.UserId) ?? throw new InvalidOperationException("The request has no signed-in user; the endpoint lacks an authorisation policy.");
        return new SignedInUser(id, principal.FindFirstValue(ClaimTypes.Email) ?? id);
    }
}
