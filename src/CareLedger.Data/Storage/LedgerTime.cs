using System.Globalization;

namespace CareLedger.Data.Storage;

/// <summary>
/// Times are stored as UTC text to the microsecond (<c>2026-12-06T07:25:00.123456Z</c>) in both databases: it sorts,
/// reads the same in any tool, and hashes identically wherever the audit trail is verified.
/// </summary>
public static class LedgerTime
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
