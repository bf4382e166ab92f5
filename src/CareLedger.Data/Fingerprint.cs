using System.Security.Cryptography;
using System.Text;

namespace CareLedger.Data;

/// <summary>SHA-256 fingerprints, as lowercase hex: of a contract's text, an actuals file, a settlement's inputs.</summary>
public static class Fingerprint
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>One fingerprint for several parts, each length-prefixed so that ("ab","c") and ("a","bc") differ.</summary>
    public static string Combine(params IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Of(builder.ToString());
    }
}
