using System.Text.RegularExpressions;

namespace CareLedger.Application.Csv;

/// <summary>
/// Writes CSV as RFC 4180 describes it — fields separated by commas, records ended by CRLF, a field quoted when it
/// holds a comma, a double quote, CR or LF, quotes inside doubled — and safe to open in a spreadsheet.
/// </summary>
/// <remarks>
/// Formula injection: a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and some
/// treat a leading tab or CR the same way), so a party or indicator name such as <c>=HYPERLINK(...)</c> taken from a
/// contract file could run when a finance lead opens the export. Such text is written with a leading single quote,
/// which spreadsheets show as text. Plain numbers such as <c>-1250.00</c> are left alone so that amounts stay
/// numbers (see <see cref="IsPlainNumber"/>); a leading <c>+</c> is always guarded. One writer serves every CSV
/// CareLedger makes: the command line's exports and the actuals tables a template is written as.
/// </remarks>
public sealed partial class CsvWriter
{
    private const string RecordEnd = "\r\n";

    private readonly TextWriter _writer;

    public CsvWriter(TextWriter writer) => _writer = writer;

    /// <summary>Writes one record. A null cell is an empty field.</summary>
    public void WriteRow(params IEnumerable<string?> cells)
    {
        _writer.Write(string.Join(',', cells.Select(FormatField)));
        _writer.Write(RecordEnd);
    }

    /// <summary>One field as it appears in the file: guarded against formula injection, then quoted if needed.</summary>
    public static string FormatField(string? value)
    {
        var text = Neutralise(value ?? string.Empty);
        return NeedsQuotes(text) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Prefixes a single quote to text a spreadsheet would run as a formula; plain numbers are returned unchanged.</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && IsFormulaStart(value[0]) && !IsPlainNumber(value) ? "'" + value : value;

    /// <summary>
    /// A plain number a spreadsheet reads as a number and nothing else: an optional minus, digits (optionally grouped
    /// by commas in threes) and an optional decimal part: <c>-1250.00</c>, <c>1,250.00</c>, <c>42</c>. A leading
    /// <c>+</c> is deliberately not plain: it is one of the characters that start a formula.
    /// </summary>
    public static bool IsPlainNumber(string text) => PlainNumber().IsMatch(text);

    private static bool IsFormulaStart(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool NeedsQuotes(string text) => text.AsSpan().IndexOfAny(",\"\r\n") >= 0;

    [GeneratedRegex(@"^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
