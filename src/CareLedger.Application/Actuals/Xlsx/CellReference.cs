namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>A cell's place as a spreadsheet writes it (<c>E5</c>): a column of letters and a row number, both from 1.</summary>
public readonly record struct CellReference(int Row, int Column)
{
    /// <summary>Reads <c>E5</c>, <c>XFD1048576</c>; null for anything else (a missing or malformed reference).</summary>
    public static CellReference? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var column = 0;
        var index = 0;
        for (; index < text.Length && char.IsAsciiLetter(text[index]); index++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[index]) - 'A' + 1);
            if (column > XlsxLimits.Columns)
            {
                return null;
            }
        }

        if (index == 0 || index == text.Length || !int.TryParse(text.AsSpan(index), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row))
        {
            return null;
        }

        return row is >= 1 and <= XlsxLimits.Rows ? new CellReference(row, column) : null;
    }

    /// <summary>The column in letters: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var letters = string.Empty;
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        }

        return letters;
    }

    public override string ToString() => ColumnName(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
