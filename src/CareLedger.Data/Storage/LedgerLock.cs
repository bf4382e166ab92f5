namespace CareLedger.Data.Storage;

/// <summary>The advisory locks writers take on PostgreSQL; the values are arbitrary but fixed, shared by every server.</summary>
public enum LedgerLock : long
{
    /// <summary>Appending to the audit trail: each entry chains to the one before, so appends are one at a time.</summary>
    AuditTrail = 0x43_4C_41_55_44_49_54,

    /// <summary>Storing a contract version: the next version number is read, then written.</summary>
    Contracts = 0x43_4C_43_4F_4E_54_52,

    /// <summary>Settling and closing periods: the next run number is read, then written.</summary>
    Periods = 0x43_4C_50_45_52_49_4F,

    /// <summary>Running the schema migrations.</summary>
    Migrations = 0x43_4C_4D_49_47_52_54,
}
