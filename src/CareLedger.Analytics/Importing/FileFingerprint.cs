using System.Security.Cryptography;

namespace CareLedger.Analytics.Importing;

/// <summary>The SHA-256 of a file's bytes, read as a stream (a 500 MB extract is never held in memory).</summary>
internal static class FileFingerprint
{
    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
