namespace CareLedger.Data.Accounts;

/// <summary>An expected reason a change was refused: which field, why, and what to do.</summary>
public sealed record AccountProblem(AccountProblemKind Kind, string Field, string Message);
