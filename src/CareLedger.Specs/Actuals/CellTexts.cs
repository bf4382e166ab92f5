namespace CareLedger.Specs.Actuals;

/// <summary>
/// The text of unquoted CSV cells, one string for each value seen again. A table of actuals repeats a few values on
/// every row (its periods, providers, service lines, many unit counts), so a million rows need a few thousand strings
/// instead of five million; the rest of reading a row then compares references. Bounded, so a column of values that
/// never repeat (references, free text) costs a lookup a cell and no more memory once the table is full.
/// </summary>
internal sealed class CellTexts
{
    private const int MostKept = 16_384;
    private const int LongestKept = 64;

    private readonly HashSet<string> _kept = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CellTexts() => _lookup = _kept.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > LongestKept)
        {
            return new string(text);
        }

        if (_lookup.TryGetValue(text, out var kept))
        {
            return kept;
        }

        var made = new string(text);
        if (_kept.Count < MostKept)
        {
            _kept.Add(made);
        }

        return made;
    }
}
