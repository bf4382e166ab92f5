namespace CareLedger.Data.Accounts;

/// <summary>
/// How many failed sign-ins are allowed within <see cref="Window"/>: per email address (a success clears its count),
/// and per remote address (one source trying many accounts).
/// </summary>
public sealed record SignInLimits(int FailuresPerEmail, int FailuresPerAddress, TimeSpan Window)
{
    /// <summary>Five wrong passwords lock an address out for fifteen minutes; fifty from one source do the same for it.</summary>
    public static SignInLimits Default { get; } = new(5, 50, TimeSpan.FromMinutes(15));
}
