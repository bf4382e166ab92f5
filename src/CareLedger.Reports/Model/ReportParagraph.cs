namespace CareLedger.Reports.Model;

/// <summary>A paragraph of text, wrapped to the page.</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;
