using System.Globalization;
using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Where a row of actuals came from: a file or other named source, the row's field path (<c>activity[4]</c>) and,
/// when it has them, its line and column. Findings about the row carry the path of the field they are about
/// (<c>activity[4].actual</c>), so a row from an API, a database or an analytics import is pointed at as precisely as
/// a row of a file. Rows read from YAML or CSV also know where each field was written.
/// </summary>
public sealed class RowSource
{
    private static readonly IReadOnlyDictionary<string, (int Line, int Column)> NoFields = new Dictionary<string, (int, int)>();
    private static readonly IReadOnlySet<string> NoWritten = new HashSet<string>();

    private readonly IReadOnlyDictionary<string, (int Line, int Column)> _fields;
    private readonly IReadOnlySet<string> _written;

    // A CSV row is named as a spreadsheet user finds it, "activity row 5, column 'provider'"; other rows by path.
    // Its name and path are made when first asked for: most rows are never reported, and making both for each of a
    // million rows cost more than reading them.
    private readonly string? _table;
    private readonly int _tableIndex;
    private string? _tableRow;
    private FieldPath? _path;

    // A CSV row: its table's column map, shared by every row of the table, and its cells. Each field is at this
    // row's line and its column; a field was written when its cell holds more than spaces. Kept instead of a map per
    // row, which cost more than the rest of reading a row.
    private readonly IReadOnlyDictionary<string, int>? _tableColumns;
    private readonly CsvRow? _tableCells;

    /// <param name="file">The file, or another name for where the rows came from (an import, a request); used as the file of findings.</param>
    /// <param name="path">The row's path, e.g. <c>activity[4]</c>.</param>
    /// <param name="line">The row's line in the file, or its row number; 0 when it has none.</param>
    /// <param name="column">The row's column; 0 when it has none.</param>
    public RowSource(string file, FieldPath path, int line = 0, int column = 0)
        : this(file, path, line, column, NoFields, NoWritten, null, readFromText: false)
    {
    }

    private RowSource(
        string file,
        FieldPath? path,
        int line,
        int column,
        IReadOnlyDictionary<string, (int Line, int Column)> fields,
        IReadOnlySet<string> written,
        string? table,
        bool readFromText,
        IReadOnlyDictionary<string, int>? tableColumns = null,
        CsvRow? tableCells = null,
        int tableIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        File = file;
        _path = path;
        Line = line;
        Column = column;
        _fields = fields;
        _written = written;
        _table = table;
        ReadFromText = readFromText;
        _tableColumns = tableColumns;
        _tableCells = tableCells;
        _tableIndex = tableIndex;
    }

    public string File { get; }

    public FieldPath Path => _path ??= FieldPath.Root.Key(_table!).Item(_tableIndex);

    public int Line { get; }

    public int Column { get; }

    /// <summary>The row in words, as messages start: <c>activity[2]</c>, or <c>activity row 5</c> for a CSV row.</summary>
    public string Name => TableRow ?? Path.ToString();

    /// <summary>Where the row itself is; findings about the row as a whole are reported here.</summary>
    public SourceLocation Location => new(File, Line, Column, Path);

    /// <summary>
    /// True for a row a file reader made: it has already reported every value it found missing or could not read,
    /// so the checker does not report them again.
    /// </summary>
    internal bool ReadFromText { get; }

    /// <summary>A field of the row in words: <c>activity[2].provider</c>, or <c>activity row 5, column 'provider'</c>.</summary>
    public string Where(string field) => TableRow is null ? Path.Key(field).ToString() : $"{TableRow}, column '{field}'";

    /// <summary>Where a field was written, or the row's place when it was not; always with the field's path.</summary>
    public SourceLocation LocationOf(string field) =>
        _tableColumns is not null && _tableColumns.TryGetValue(field, out var column)
            ? new SourceLocation(File, Line, column, Path.Key(field))
            : _fields.TryGetValue(field, out var at)
            ? new SourceLocation(File, at.Line, at.Column, Path.Key(field))
            : new SourceLocation(File, Line, Column, Path.Key(field));

    /// <summary>The place settlement cites for figures from this row: <c>actuals.yaml:4:5 (activity[0])</c>.</summary>
    public SourceRef ToSourceRef() => new(File, Name, Line, Column);

    /// <summary>True when the source wrote a value for the field, even one it could not read.</summary>
    internal bool Wrote(string field) =>
        _tableColumns is null
            ? _written.Contains(field)
            : _tableColumns.TryGetValue(field, out var column) && column <= _tableCells!.Cells.Count && !string.IsNullOrWhiteSpace(_tableCells.Cells[column - 1].Text);

    /// <summary>A mapping of a YAML actuals file: each field at its value (or its key, when written empty).</summary>
    internal static RowSource ForRecord(string file, FieldPath path, int line, int column, IReadOnlyDictionary<string, (int, int)> fields, IReadOnlySet<string> written) =>
        new(file, path, line, column, fields, written, null, readFromText: true);

    /// <summary>A row of a CSV table: <paramref name="row"/>'s number as a spreadsheet counts rows, each field at its column.</summary>
    internal static RowSource ForTableRow(string file, string table, int index, CsvRow row, IReadOnlyDictionary<string, int> columns) =>
        new(file, null, row.Number, 1, NoFields, NoWritten, table, readFromText: true, columns, row, index);

    private string? TableRow => _table is null ? null : _tableRow ??= string.Create(CultureInfo.InvariantCulture, $"{_table} row {Line}");
}
