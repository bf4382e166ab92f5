namespace CareLedger.Data.Audit;

/// <summary>
/// Who made a change, as the audit trail records it: a signed-in user (<c>user:alice@example.nhs.uk</c>), an API
/// token's owner, or the operator at the command line (<c>cli:finance</c>).
/// </summary>
public sealed record Actor(string Name)
{
    public static Actor User(string email) => new("user:" + email);

    public static Actor CommandLine() => new("cli:" + Environment.UserName);

    public static Actor System(string what) => new("system:" + what);

    public override string ToString() => Name;
}
