using CareLedger.Data.Accounts;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>A user's own API tokens, for scripts: create (the secret is shown once), list, revoke.</summary>
internal static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/me/tokens").RequireAuthorization(Policies.SignedIn);
        tokens.MapGet("/", ListAsync).WithSummary("Your API tokens (never their secrets).");
        tokens.MapPost("/", CreateAsync).WithSummary("Create an API token; its secret is in the response, once.");
        tokens.MapDelete("/{tokenId}", RevokeAsync).WithSummary("Revoke one of your API tokens; it stops working at once.");
    }

    private static async Task<IResult> ListAsync(HttpContext http, ApiTokens tokens) =>
        TypedResults.Ok(await tokens.ListAsync(SignedInUser.Of(http.User).Id, http.RequestAborted));

    private static async Task<IResult> CreateAsync(NewTokenRequest request, HttpContext http, ApiTokens tokens)
    {
        var user = SignedInUser.Of(http.User);
        var created = await tokens.CreateAsync(user.Actor, user.Id, request.Name ?? string.Empty, request.ExpiresAt, http.RequestAborted);
        return created.Value is { } token
            ? TypedResults.Created($"/api/v1/me/tokens/{token.Token.Id}", new CreatedTokenDocument(token.Token, token.Secret))
            : LedgerProblems.Account(created.Problem!);
    }

    private static async Task<IResult> RevokeAsync(string tokenId, HttpContext http, ApiTokens tokens)
    {
        var user = SignedInUser.Of(http.User);
        var revoked = await tokens.RevokeAsync(user.Actor, user.Id, tokenId, http.RequestAborted);
        return revoked.Value is not null ? TypedResults.NoContent() : LedgerProblems.Account(revoked.Problem!);
    }
}
