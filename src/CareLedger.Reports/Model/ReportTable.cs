namespace CareLedger.Reports.Model;

/// <summary>
/// A table as a page shows it: its caption, column headings and rows. <paramref name="Name"/> is its short name in
/// a spreadsheet (a sheet) and in a file name.
/// </summary>
public sealed record ReportTable(string Name, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows) : ReportBlock
{
    /// <summary>Whether a column holds money (every cell with a value is an amount), so it is right-aligned.</summary>
    public bool IsMoneyColumn(int column) =>
        Rows.Any(row => row.Cells[column].IsMoney) && Rows.All(row => row.Cells[column].IsMoney || row.Cells[column].Text.Length == 0);
}
