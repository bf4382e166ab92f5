namespace CareLedger.Analytics.Importing;

/// <summary>
/// One thing wrong in an input file: where (file, row as the file numbers its lines with the header as row 1, and
/// column), the value found (cut to 100 characters) and why it cannot be taken, worded to say what to do.
/// A problem with the whole file (a missing column, an empty file) has no row.
/// </summary>
public sealed record ImportProblem(string File, long? Row, string? Column, string? Value, string Reason)
{
    public const int MaxValueLength = 100;

    public override string ToString() =>
        $"{File}{(Row is { } row ? $":{row}" : string.Empty)}: {(Column is null ? string.Empty : $"{Column} ")}{(Value is null ? string.Empty : $"'{Value}' ")}{Reason}";
}
