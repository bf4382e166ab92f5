using CareLedger.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CareLedger.Server.Security;

/// <summary>The signed-in user needs <see cref="Permission"/> in the contract the route names (<c>{contractId}</c>).</summary>
public sealed record ContractPermissionRequirement(ContractPermission Permission) : IAuthorizationRequirement
{
    /// <summary>The route value holding the contract's id, in every contract-scoped route.</summary>
    public const string RouteValue = "contractId";
}
