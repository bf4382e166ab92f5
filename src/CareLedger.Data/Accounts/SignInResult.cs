namespace CareLedger.Data.Accounts;

/// <summary>A sign-in's outcome: the user when signed in; when throttled, how long until another attempt may succeed.</summary>
public sealed record SignInResult(SignInStatus Status, UserAccount? User, TimeSpan RetryAfter)
{
    public static SignInResult Refused { get; } = new(SignInStatus.Refused, null, TimeSpan.Zero);
}
