using System.Globalization;
using CareLedger.Data.Accounts;
using CareLedger.Server.Hosting;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>Signing in and out with a browser cookie, who the caller is, and the antiforgery token for forms.</summary>
internal static class SessionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/session", SignInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("Sign in with email and password; sets the HTTP-only sign-in cookie.");
        api.MapDelete("/session", (Delegate)SignOutAsync).RequireAuthorization(Policies.SignedIn).WithSummary("Sign out: the cookie is removed.");
        api.MapGet("/me", MeAsync).RequireAuthorization(Policies.SignedIn).WithSummary("The signed-in user and the contracts they see, with their roles.");
        api.MapGet("/antiforgery", Antiforgery).AllowAnonymous().WithSummary("An antiforgery token for HTML forms (send it as the form field or the X-CSRF-TOKEN header).");
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, HttpContext http, SignIns signIns, ContractVisibility visibility)
    {
        var remote = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await signIns.SignInAsync(request.Email, request.Password, remote, http.RequestAborted);
        switch (result.Status)
        {
            case SignInStatus.Throttled:
                var seconds = (int)Math.Ceiling(result.RetryAfter.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return LedgerProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many failed sign-ins.", $"too many wrong passwords for this account or from this address: try again in {Math.Max(1, (seconds + 59) / 60)} minute(s), or ask an administrator to reset the password.", null);
            case SignInStatus.Refused:
                return LedgerProblems.Problem(StatusCodes.Status401Unauthorized, "Sign-in refused.", "the email or password is wrong (or the account is disabled).", null);
            default:
                var user = result.User!;
                await http.SignInAsync(AuthenticationSchemes.Cookie, LedgerClaims.PrincipalFor(user, AuthenticationSchemes.Cookie));
                return TypedResults.Ok(await MeOf(user, visibility, http.RequestAborted));
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(AuthenticationSchemes.Cookie);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MeAsync(HttpContext http, Users users, ContractVisibility visibility)
    {
        var signedIn = SignedInUser.Of(http.User);
        var user = await users.GetAsync(signedIn.Id, http.RequestAborted);
        return user is null ? LedgerProblems.NotFound("the signed-in user no longer exists.") : TypedResults.Ok(await MeOf(user, visibility, http.RequestAborted));
    }

    private static Ok<AntiforgeryDocument> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryDocument(tokens.FormFieldName, tokens.HeaderName, tokens.RequestToken));
    }

    private static async Task<MeDocument> MeOf(UserAccount user, ContractVisibility visibility, CancellationToken cancellationToken) =>
        new(UserDocument.Of(user), [.. (await visibility.VisibleAsync(user.Id, cancellationToken)).Select(ContractRolesDocument.Of)]);
}
