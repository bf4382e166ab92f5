using System.Text.Encodings.Web;
using CareLedger.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareLedger.Server.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer clt_…</c> by the SHA-256 of the token. Looked up on every request (never
/// cached), so a revoked token or a disabled user is refused at once by every server.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await tokens.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("The API token is unknown, revoked or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(LedgerClaims.PrincipalFor(user, Scheme.Name), Scheme.Name));
    }
}
