using System.Text;

namespace CareLedger.Reports.Writers;

/// <summary>
/// Sheet names as Excel accepts them: at most 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending
/// with an apostrophe, and unique in the workbook regardless of case (a repeat gets " (2)", " (3)" …).
/// </summary>
internal sealed class XlsxSheetNames
{
    private const int MaxLength = 31;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string wanted)
    {
        var clean = Clean(wanted);
        var name = clean;
        for (var count = 2; !_used.Add(name); count++)
        {
            var suffix = $" ({count})";
            name = clean[..Math.Min(clean.Length, MaxLength - suffix.Length)] + suffix;
        }

        return name;
    }

    private static string Clean(string wanted)
    {
        var builder = new StringBuilder();
        foreach (var character in wanted)
        {
            builder.Append(character is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : character);
        }

        var name = builder.ToString().Trim().Trim('\'');
        name = name.Length > MaxLength ? name[..MaxLength] : name;
        return name.Length == 0 ? "Sheet" : name;
    }
}
