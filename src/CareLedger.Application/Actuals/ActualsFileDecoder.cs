using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Application.Inputs;
using CareLedger.Specs.Actuals;

namespace CareLedger.Application.Actuals;

/// <summary>
/// Turns the bytes of an actuals file, as uploaded or read from disk, into what the checks read. A workbook is
/// recognised by its content (a ZIP archive) or its name (<c>.xlsx</c>); anything else must be UTF-8 text, read as CSV
/// or YAML by <see cref="ActualsLoader.IsCsv"/>. Problems come back located, never thrown.
/// </summary>
public static class ActualsFileDecoder
{
    // Every ZIP archive, and so every .xlsx workbook, starts with a local file header: "PK\x03\x04".
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    public static ServiceResult<ActualsFile> Decode(string name, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (content.Span.StartsWith(ZipSignature) || name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var sheets = XlsxActualsReader.Read(name, content);
            return sheets.Value is { } texts
                ? ServiceResult<ActualsFile>.Success(new ActualsFile(name, ActualsFormat.Xlsx, texts), sheets.Diagnostics)
                : ServiceResult<ActualsFile>.Failure(sheets.Diagnostics);
        }

        var decoded = TextDecoding.Decode(name, content.Span);
        if (decoded.Value is not { } text)
        {
            return decoded.FailedAs<ActualsFile>();
        }

        var format = ActualsLoader.IsCsv(name, text.Text) ? ActualsFormat.Csv : ActualsFormat.Yaml;
        return ServiceResult<ActualsFile>.Success(new ActualsFile(name, format, [text]));
    }
}
