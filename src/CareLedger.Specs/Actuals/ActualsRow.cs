namespace CareLedger.Specs.Actuals;

/// <summary>
/// One row of actuals as any source delivers it — a YAML record, a CSV row, an API request, a database or an
/// analytics import — before it is checked against the contract by <see cref="ActualsChecker"/>. Values are typed
/// (ids, amounts, numbers) but not yet judged: a row can name an id the contract lacks, a period outside its term or
/// a negative count, and the checker reports it. A value left null is absent; a required one is reported missing.
/// </summary>
public abstract record ActualsRow
{
    /// <summary>
    /// Where the row came from, so every finding points back at it; null for a row with no place of its own, which
    /// the checker then names by its section and position (<c>activity[4]</c>).
    /// </summary>
    public RowSource? Source { get; init; }
}
