namespace CareLedger.Data.Accounts;

/// <summary>What an action in a contract needs; <see cref="ContractRoles.Allows"/> says which roles grant it.</summary>
public enum ContractPermission
{
    /// <summary>See the contract, its versions, budget, periods, runs, statements and explanations.</summary>
    Read,

    /// <summary>Upload a new version of the contract.</summary>
    Edit,

    /// <summary>Import actuals.</summary>
    Import,

    /// <summary>Settle and close periods, and record corrections.</summary>
    Settle,

    /// <summary>Vote at the gateway and on suspensions.</summary>
    Vote,

    /// <summary>Read the contract's audit trail.</summary>
    ReadAudit,
}
