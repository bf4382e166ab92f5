namespace CareLedger.Data.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInStatus
{
    SignedIn,

    /// <summary>Unknown email, wrong password, no password set or a disabled user: deliberately not told apart.</summary>
    Refused,

    /// <summary>Too many recent failures: the password was not even checked.</summary>
    Throttled,
}
