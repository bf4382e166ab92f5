namespace CareLedger.Server.Hosting;

/// <summary>Names of the rate-limiting policies endpoints opt into.</summary>
public static class RateLimits
{
    /// <summary>
    /// Sign-in requests per remote address per minute, per server: a cheap first line that keeps password hashing
    /// from being used to load the server. The throttle that holds across servers is in the database (SignIns).
    /// </summary>
    public const string SignIn = "sign-in";
}
