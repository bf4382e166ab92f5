using CareLedger.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Security;

/// <summary>
/// Resolves the route's contract and the user's roles in it (from the database, once per request). A contract the
/// user cannot see fails with <see cref="NotVisible"/>, which <see cref="LedgerAuthorizationResultHandler"/> answers
/// with 404, so nobody can probe which contracts exist; a visible contract without the permission is a plain 403.
/// </summary>
public sealed class ContractPermissionHandler(ContractVisibility visibility) : AuthorizationHandler<ContractPermissionRequirement>
{
    public const string NotVisible = "contract-not-visible";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ContractPermissionRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            throw new InvalidOperationException("Contract policies are evaluated by the authorisation middleware, with the request as the resource.");
        }

        var userId = context.User.FindFirst(LedgerClaims.UserId)?.Value;
        if (userId is null)
        {
            return;
        }

        var contractId = http.GetRouteValue(ContractPermissionRequirement.RouteValue) as string
            ?? throw new InvalidOperationException($"Endpoint {http.GetEndpoint()?.DisplayName} uses a contract policy but its route has no {{{ContractPermissionRequirement.RouteValue}}}.");
        var access = await ContractAccessOf(http, userId, contractId);
        if (!access.Visible)
        {
            context.Fail(new AuthorizationFailureReason(this, NotVisible));
        }
        else if (access.Allows(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>Read once per request and kept on it for the endpoint (never across requests: roles change).</summary>
    private async Task<ContractAccess> ContractAccessOf(HttpContext http, string userId, string contractId)
    {
        if (http.Items[typeof(ContractAccess)] is ContractAccess cached && cached.ContractId == contractId)
        {
            return cached;
        }

        var access = await visibility.AccessAsync(userId, contractId, http.RequestAborted);
        http.Items[typeof(ContractAccess)] = access;
        return access;
    }
}
