namespace CareLedger.Analytics.Reporting;

/// <summary>
/// A view of a workspace's spend: what its rows are keyed by, the rows, and the total over every row in the store
/// (rounded to the penny from the exact total), with how many of its records are appointments not attended.
/// <see cref="Query"/> names the SQL behind it, so each figure can be traced to the query and the rows it summed.
/// </summary>
public sealed record SpendReport(SpendView View, IReadOnlyList<string> KeyNames, IReadOnlyList<SpendRow> Rows, long Records, long Patients, decimal Total, decimal ExactTotal, string Query, long NotAttended = 0);
