namespace CareLedger.Specs.Actuals.Checking;

/// <summary>Checked records kept as they are: sections of a few rows a year (results, counts, decisions).</summary>
internal sealed class RecordList<T> : List<T>, IRecordStore<T>;
