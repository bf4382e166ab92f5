namespace CareLedger.Data.Accounts;

/// <summary>Why an account change was not made: each door maps it to its own answer (an HTTP status, an exit code).</summary>
public enum AccountProblemKind
{
    /// <summary>The request itself is wrong: a malformed email, a short password, an unknown role.</summary>
    Invalid,

    /// <summary>What it names does not exist (or is not the caller's to see).</summary>
    NotFound,

    /// <summary>It would clash with what exists: an email or organisation id already taken.</summary>
    Conflict,
}
