namespace CareLedger.Reports.Model;

/// <summary>A report: its heading and its blocks in reading order. The PDF, spreadsheet and CSV writers each render one.</summary>
public sealed record Report(ReportHeading Heading, IReadOnlyList<ReportBlock> Blocks)
{
    public IEnumerable<ReportTable> Tables => Blocks.OfType<ReportTable>();
}
