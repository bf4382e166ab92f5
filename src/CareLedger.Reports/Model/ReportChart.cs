namespace CareLedger.Reports.Model;

/// <summary>A bar chart; a report always puts the table of the same figures beside it.</summary>
public sealed record ReportChart(string Title, IReadOnlyList<ReportBar> Bars) : ReportBlock;
