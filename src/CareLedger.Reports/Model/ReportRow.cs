namespace CareLedger.Reports.Model;

/// <summary>A row of a report table; a total row is set in bold and sums the rows above it as the screen does.</summary>
public sealed record ReportRow(IReadOnlyList<ReportCell> Cells, bool IsTotal = false);
