namespace CareLedger.Specs.Diagnostics;

/// <summary>A place in a file: line and column count from 1; a line of 0 means "the file as a whole".</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
