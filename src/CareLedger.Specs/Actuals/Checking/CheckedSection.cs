namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// The records one section's checks built, in the order of their rows, with the rows' sources beside the records not
/// yet looked at for duplicates (<see cref="Pending"/>). Once looked at, their sources are let go: a record given
/// again later is cited by the source the record carries, so a million rows do not keep a million row sources.
/// </summary>
internal sealed class CheckedSection<T>(IRecordStore<T> records)
    where T : notnull
{
    private readonly List<(T Record, RowSource Source)> _pending = [];

    public CheckedSection()
        : this(new RecordList<T>())
    {
    }

    public IReadOnlyList<T> Records => records;

    /// <summary>The records added since <see cref="Settle"/>, each with the row it came from.</summary>
    public IReadOnlyList<(T Record, RowSource Source)> Pending => _pending;

    /// <summary>The position among <see cref="Records"/> of the first pending record.</summary>
    public int PendingStart => records.Count - _pending.Count;

    public void Add(T record, RowSource source)
    {
        records.Add(record);
        _pending.Add((record, source));
    }

    /// <summary>Lets go of the pending records' sources once they have been looked at.</summary>
    public void Settle() => _pending.Clear();
}
