namespace CareLedger.Data.Accounts;

/// <summary>What a user may do in one contract. A user can hold several roles in a contract and none in another.</summary>
public enum ContractRole
{
    /// <summary>Edits the contract, imports actuals, settles and closes periods.</summary>
    CommissionerFinance,

    /// <summary>Reads the budget and every statement (alliances are transparent) and imports its own activity.</summary>
    ProviderFinance,

    /// <summary>Votes at the gateway and on suspensions.</summary>
    BoardMember,

    /// <summary>Reads everything, the audit trail included, and changes nothing.</summary>
    Auditor,
}
