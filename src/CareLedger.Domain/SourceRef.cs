namespace CareLedger.Domain;

/// <summary>
/// Where a figure came from: a path into the contract file (<c>budget.adjustments[2].rate</c>) and its line and
/// column, or a row of an actuals file. Carried on contract terms so that every computed amount can cite its inputs.
/// </summary>
public sealed record SourceRef(string File, string Path, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column} ({Path})" : $"{File} ({Path})";
}
