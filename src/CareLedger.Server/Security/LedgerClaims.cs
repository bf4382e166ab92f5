using System.Security.Claims;
using CareLedger.Data.Accounts;

namespace CareLedger.Server.Security;

/// <summary>
/// What a signed-in principal carries: the user's id, email, name, whether an administrator, and the security stamp
/// its cookie was issued under. Roles per contract are not claims: they are read from the database on each request,
/// so a revoked role stops working at once on every server.
/// </summary>
public static class LedgerClaims
{
    public const string UserId = "careledger:user";
    public const string SecurityStamp = "careledger:stamp";
    public const string Administrator = "careledger:administrator";

    public static ClaimsPrincipal PrincipalFor(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<Claim> claims =
        [
            new(UserId, user.Id),
            new(ClaimTypes.Email, user.Email),
            new(ClaimTypes.Name, user.Name),
            new(SecurityStamp, user.SecurityStamp),
        ];
        if (user.Administrator)
        {
            claims.Add(new Claim(Administrator, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, null));
    }
}
