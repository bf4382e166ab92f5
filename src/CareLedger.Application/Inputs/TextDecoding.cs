using System.Text;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Inputs;

/// <summary>
/// Turns the bytes of an uploaded or read file into text, strictly: UTF-8 (with or without a byte-order mark) and
/// nothing else. Invalid UTF-8 is never replaced by U+FFFD (names would print as "��"); it and NUL bytes, which
/// only binary files hold, are reported at their line and column with what to do.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ServiceResult<SourceText> Decode(string name, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Failed(name, 1, 1, "the file is UTF-16 text; CareLedger reads UTF-8. Save it as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8) and try again.");
        }

        var nul = bytes.IndexOf((byte)0);
        var invalid = FirstInvalid(bytes);
        if (nul >= 0 && (invalid < 0 || nul < invalid))
        {
            var (line, column) = Position(bytes, nul);
            return Failed(name, line, column, "the file holds a NUL byte, so it is not a text file (is it a spreadsheet, an archive or a disk image?). Give the YAML or CSV file itself.");
        }

        if (invalid >= 0)
        {
            var (line, column) = Position(bytes, invalid);
            return Failed(name, line, column, $"byte 0x{bytes[invalid]:X2} is not valid UTF-8. Save the file as UTF-8 (a file from Excel or Windows may be in Windows-1252: re-save it as 'CSV UTF-8') and try again.");
        }

        return ServiceResult<SourceText>.Success(new SourceText(name, Strict.GetString(bytes)));
    }

    /// <summary>The offset of the first byte that does not begin or continue a valid UTF-8 sequence, or −1.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        Span<char> scratch = stackalloc char[512];
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                return -1;
            }
        }

        return -1;
    }

    // Lines count from 1 at each LF; columns count characters (not bytes) from 1, as editors show them.
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var start = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[start..])
        {
            // A continuation byte (10xxxxxx) belongs to the character before it.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    private static ServiceResult<SourceText> Failed(string name, int line, int column, string message) =>
        ServiceResult<SourceText>.Failure([new Diagnostic(new SourceLocation(name, line, column, FieldPath.Root), Severity.Error, DiagnosticCodes.NotText, message)]);
}
