using CareLedger.Domain;

namespace CareLedger.Reports.Model;

/// <summary>One bar of a chart: its label and amount (negative amounts are drawn to the left of zero).</summary>
public sealed record ReportBar(string Label, Money Amount);
