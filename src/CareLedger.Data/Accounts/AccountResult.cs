namespace CareLedger.Data.Accounts;

/// <summary>An account change's outcome: the value, or the problem that stopped it (nothing was written then).</summary>
public sealed record AccountResult<T>(T? Value, AccountProblem? Problem)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static AccountResult<T> Success(T value) => new(value, null);

    public static AccountResult<T> Invalid(string field, string message) => new(null, new AccountProblem(AccountProblemKind.Invalid, field, message));

    public static AccountResult<T> NotFound(string field, string message) => new(null, new AccountProblem(AccountProblemKind.NotFound, field, message));

    public static AccountResult<T> Conflict(string field, string message) => new(null, new AccountProblem(AccountProblemKind.Conflict, field, message));

    public AccountResult<TOther> FailedAs<TOther>()
        where TOther : class =>
        Problem is null ? throw new InvalidOperationException("A result with a value is not a failure.") : new(null, Problem);
}
