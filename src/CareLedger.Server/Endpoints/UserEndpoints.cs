using CareLedger.Data.Accounts;
using CareLedger.Server.Paging;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>Users, their passwords, roles and tokens: administrators only. Every change is in the audit trail.</summary>
internal static class UserEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").RequireAuthorization(Policies.Administrator);
        users.MapGet("/", ListAsync).WithSummary("Users, in email order (paged: ?after=&limit=).");
        users.MapPost("/", CreateAsync).WithSummary("Create a user in an organisation, optionally with a password.");
        users.MapGet("/{userId}", GetAsync).WithSummary("One user and their roles.");
        users.MapPut("/{userId}/password", SetPasswordAsync).WithSummary("Set a user's password; their existing sign-ins end.");
        users.MapPut("/{userId}/disabled", SetDisabledAsync).WithSummary("Disable or re-enable a user; a disabled user's cookies and tokens stop working.");
        users.MapPost("/{userId}/roles", GrantAsync).WithSummary("Grant a role in a contract.");
        users.MapDelete("/{userId}/roles/{roleContractId}/{role}", RevokeAsync).WithSummary("Revoke a role in a contract.");
        users.MapGet("/{userId}/tokens", TokensAsync).WithSummary("A user's API tokens (never their secrets).");
        users.MapDelete("/{userId}/tokens/{tokenId}", RevokeTokenAsync).WithSummary("Revoke one of a user's API tokens.");
    }

    private static async Task<IResult> ListAsync(HttpRequest request, Users users)
    {
        if (!PageQuery.TryRead(request, out var page, out var problem))
        {
            return LedgerProblems.BadRequest("limit", problem!);
        }

        var items = await users.ListAsync(page.After, page.Fetch, request.HttpContext.RequestAborted);
        return TypedResults.Ok(page.PageOf(request, [.. items.Select(UserDocument.Of)], user => user.Email));
    }

    private static async Task<IResult> CreateAsync(NewUserRequest request, HttpContext http, Users users)
    {
        var created = await users.CreateAsync(
            SignedInUser.Of(http.User).Actor,
            new NewUser(request.Email ?? string.Empty, request.Name ?? string.Empty, request.Organisation ?? string.Empty, request.Password, request.Administrator),
            http.RequestAborted);
        return created.Value is { } user
            ? TypedResults.Created($"/api/v1/users/{user.Id}", UserDocument.Of(user))
            : LedgerProblems.Account(created.Problem!);
    }

    private static async Task<IResult> GetAsync(string userId, HttpContext http, Users users)
    {
        var user = await users.GetAsync(userId, http.RequestAborted);
        if (user is null)
        {
            return LedgerProblems.NotFound($"there is no user '{userId}'.");
        }

        var roles = await users.RolesAsync(userId, http.RequestAborted);
        return TypedResults.Ok(new UserWithRolesDocument(UserDocument.Of(user), [.. roles.Select(grant => new RoleDocument(grant.ContractId, ContractRoles.Name(grant.Role)))]));
    }

    private static async Task<IResult> SetPasswordAsync(string userId, PasswordRequest request, HttpContext http, Users users)
    {
        var changed = await users.SetPasswordAsync(SignedInUser.Of(http.User).Actor, userId, request.Password ?? string.Empty, http.RequestAborted);
        return changed.Value is not null ? TypedResults.NoContent() : LedgerProblems.Account(changed.Problem!);
    }

    private static async Task<IResult> SetDisabledAsync(string userId, DisabledRequest request, HttpContext http, Users users)
    {
        var changed = await users.SetDisabledAsync(SignedInUser.Of(http.User).Actor, userId, request.Disabled, http.RequestAborted);
        return changed.Value is { } user ? TypedResults.Ok(UserDocument.Of(user)) : LedgerProblems.Account(changed.Problem!);
    }

    private static async Task<IResult> GrantAsync(string userId, RoleRequest request, HttpContext http, Users users)
    {
        if (!ContractRoles.TryParse(request.Role, out var role))
        {
            return LedgerProblems.BadRequest("role", $"'{request.Role}' is not a role; the roles are {ContractRoles.Names}.");
        }

        var granted = await users.GrantRoleAsync(SignedInUser.Of(http.User).Actor, new RoleGrant(userId, request.ContractId ?? string.Empty, role), http.RequestAborted);
        return granted.Value is { } grant ? TypedResults.Ok(new RoleDocument(grant.ContractId, ContractRoles.Name(grant.Role))) : LedgerProblems.Account(granted.Problem!);
    }

    private static async Task<IResult> RevokeAsync(string userId, string roleContractId, string role, HttpContext http, Users users)
    {
        if (!ContractRoles.TryParse(role, out var parsed))
        {
            return LedgerProblems.BadRequest("role", $"'{role}' is not a role; the roles are {ContractRoles.Names}.");
        }

        var revoked = await users.RevokeRoleAsync(SignedInUser.Of(http.User).Actor, new RoleGrant(userId, roleContractId, parsed), http.RequestAborted);
        return revoked.Value is not null ? TypedResults.NoContent() : LedgerProblems.Account(revoked.Problem!);
    }

    private static async Task<IResult> TokensAsync(string userId, HttpContext http, ApiTokens tokens) =>
        TypedResults.Ok(await tokens.ListAsync(userId, http.RequestAborted));

    private static async Task<IResult> RevokeTokenAsync(string userId, string tokenId, HttpContext http, ApiTokens tokens)
    {
        var revoked = await tokens.RevokeAsync(SignedInUser.Of(http.User).Actor, userId, tokenId, http.RequestAborted);
        return revoked.Value is not null ? TypedResults.NoContent() : LedgerProblems.Account(revoked.Problem!);
    }
}
