namespace CareLedger.Server.Security;

/// <summary>The ways a request proves who sent it.</summary>
public static class AuthenticationSchemes
{
    /// <summary>Picks <see cref="Token"/> when the request has a bearer token, <see cref="Cookie"/> otherwise.</summary>
    public const string Either = "careledger";

    /// <summary>The sign-in cookie of a browser.</summary>
    public const string Cookie = "cookie";

    /// <summary>An API token in <c>Authorization: Bearer clt_…</c>.</summary>
    public const string Token = "token";
}
