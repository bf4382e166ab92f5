using CareLedger.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace CareLedger.Server.Security;

/// <summary>
/// Checks each sign-in cookie against the database: a cookie of a user since disabled, or issued before the user's
/// password or access changed (a new security stamp), is refused. One query per request, and every server agrees.
/// </summary>
internal static class CookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(LedgerClaims.UserId)?.Value;
        var stamp = context.Principal?.FindFirst(LedgerClaims.SecurityStamp)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<Users>();
        var user = id is null ? null : await users.GetAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || user.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthenticationSchemes.Cookie);
        }
    }
}
