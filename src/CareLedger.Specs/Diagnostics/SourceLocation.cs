namespace CareLedger.Specs.Diagnostics;

/// <summary>
/// Where a finding is: a place in a file (line and column count from 1; a line of 0 means "the file as a whole", or
/// rows that came with no file) and the field path of the value it is about, which is always filled and does not
/// depend on the file's layout (<see cref="FieldPath.Root"/> for the document as a whole). A CSV row's line is its
/// row number as a spreadsheet counts it and its path names the table, the row and the column
/// (<c>activity[3].actual</c>).
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column, FieldPath Path)
{
    /// <summary>The compiler-style place <c>FILE:LINE:COL</c>; the path is not printed, so text output is unchanged by it.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
