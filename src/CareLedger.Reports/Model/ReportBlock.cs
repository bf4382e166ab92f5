namespace CareLedger.Reports.Model;

/// <summary>One piece of a report, in reading order: a heading, a paragraph, a table or a chart.</summary>
public abstract record ReportBlock;
