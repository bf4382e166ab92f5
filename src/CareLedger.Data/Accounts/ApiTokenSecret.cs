using System.Security.Cryptography;

namespace CareLedger.Data.Accounts;

/// <summary>
/// An API token's secret: <c>clt_</c> and 43 characters of URL-safe base64 (256 random bits). Only its SHA-256 is
/// stored; a guess is as hard as the randomness, so no salt or slow hash is needed, and lookup is one index probe.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "clt_";

    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a secret.</summary>
    public static string HashOf(string secret) => Fingerprint.Of(secret);

    /// <summary>Whether the text could be a token at all, so that junk is refused before a database query.</summary>
    public static bool LooksLikeToken(string? text) => text is { Length: 47 } && text.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
