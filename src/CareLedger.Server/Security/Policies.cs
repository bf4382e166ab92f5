using CareLedger.Data.Accounts;

namespace CareLedger.Server.Security;

/// <summary>
/// The authorisation policies. Every endpoint declares exactly one of these (or allows anonymous access); the
/// authorisation matrix test enumerates the endpoints and fails for any that declares none.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A global administrator: users and organisations.</summary>
    public const string Administrator = "administrator";

    public const string ContractRead = "contract:read";
    public const string ContractEdit = "contract:edit";
    public const string ContractImport = "contract:import";
    public const string ContractSettle = "contract:settle";
    public const string ContractVote = "contract:vote";
    public const string ContractAudit = "contract:audit";

    /// <summary>The contract-scoped policies, each needing one permission in the contract named by the route's <c>{contractId}</c>.</summary>
    public static IReadOnlyDictionary<string, ContractPermission> ContractPolicies { get; } = new Dictionary<string, ContractPermission>
    {
        [ContractRead] = ContractPermission.Read,
        [ContractEdit] = ContractPermission.Edit,
        [ContractImport] = ContractPermission.Import,
        [ContractSettle] = ContractPermission.Settle,
        [ContractVote] = ContractPermission.Vote,
        [ContractAudit] = ContractPermission.ReadAudit,
    };
}
