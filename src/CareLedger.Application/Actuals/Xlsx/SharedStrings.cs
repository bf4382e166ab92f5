using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>
/// The workbook's shared strings: the text of every text cell, which cells refer to by index. Read one item at a time
/// (never the whole part as a tree) and bounded in count and in characters, so a hostile table cannot fill memory.
/// </summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public int Count => _items.Count;

    /// <summary>The strings, or null (with the reason) when the table is beyond the limits.</summary>
    public static (SharedStrings? Strings, string? Problem) Read(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is null)
        {
            return (new SharedStrings(items), null);
        }

        long characters = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            var text = TextOf(item);
            characters += text.Length;
            if (items.Count >= XlsxLimits.SharedStrings || characters > XlsxLimits.TextCharacters)
            {
                return (null, $"the workbook's shared strings are beyond what CareLedger reads ({XlsxLimits.SharedStrings:N0} strings, {XlsxLimits.TextCharacters / (1024 * 1024)} Mi characters); is it the right file?");
            }

            items.Add(text);
        }

        return (new SharedStrings(items), null);
    }

    public string? this[int index] => index >= 0 && index < _items.Count ? _items[index] : null;

    /// <summary>
    /// The text a cell shows: the plain text, or its formatted runs joined. Phonetic guides (<c>rPh</c>, furigana) are
    /// annotations, not the text, and are left out.
    /// </summary>
    public static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }

        return string.Concat(item.Elements<Run>().Select(run => run.Text?.Text ?? string.Empty));
    }
}
