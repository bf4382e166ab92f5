using System.Text;

namespace CareLedger.Data.Evidence;

/// <summary>
/// The kinds of document accepted as evidence, recognised from their first bytes rather than the name or the type an
/// uploader claims, so a file is served back only as what it is: PDF, PNG, JPEG, Office documents (XLSX, DOCX — zip
/// containers), and plain UTF-8 text or CSV.
/// </summary>
public static class EvidenceKind
{
    public static IReadOnlyList<string> Accepted { get; } = ["PDF", "PNG", "JPEG", "XLSX or DOCX", "plain text or CSV (UTF-8)"];

    /// <summary>The media type of <paramref name="content"/>, or null when it is not a kind accepted as evidence.</summary>
    public static string? Detect(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            // Office documents are zip containers; the extension says which one, the container says it is a zip.
            return Path.GetExtension(fileName).ToUpperInvariant() switch
            {
                ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                _ => null,
            };
        }

        return IsText(content) ? (Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "text/plain") : null;
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty || content.Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
