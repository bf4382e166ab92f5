using System.Globalization;
using CareLedger.Data.Contracts;
using Microsoft.AspNetCore.Http;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// A contract's entity tag: its current version and the start of that version's fingerprint (<c>"v3.1a2b3c4d5e6f"</c>).
/// An edit sends it back in <c>If-Match</c>; if another version was stored meanwhile the edit is refused (412) and
/// nothing is lost: the caller reads the new version and applies the change again.
/// </summary>
public static class ContractETag
{
    public static string Of(ContractVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return string.Create(CultureInfo.InvariantCulture, $"\"v{version.Version}.{version.Fingerprint[..12]}\"");
    }

    /// <summary>The version an <c>If-Match</c> value names; null for <c>*</c> (any current version); false when unreadable.</summary>
    public static bool TryParse(string header, out long? version)
    {
        ArgumentNullException.ThrowIfNull(header);
        version = null;
        var value = header.Trim();
        if (value == "*")
        {
            return true;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal) || value.Length < 4 || value[0] != '"' || value[^1] != '"' || value[1] != 'v')
        {
            return false;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var number = dot > 0 ? value[2..dot] : value[2..^1];
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
        {
            return false;
        }

        version = parsed;
        return true;
    }

    public static void Set(HttpResponse response, ContractVersion version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Of(version);
    }
}
