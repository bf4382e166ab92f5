namespace CareLedger.Reports.Model;

/// <summary>A section heading within a report.</summary>
public sealed record ReportHeadingBlock(string Text) : ReportBlock;
