using System.Text;
using CareLedger.Application.Csv;
using CareLedger.Reports.Model;

namespace CareLedger.Reports.Writers;

/// <summary>
/// A report's tables as CSV: first the report, contract, version and period, each on its own row, then each table
/// (its caption, its column headings, its rows) with an empty row between tables. Amounts are plain numbers to the
/// penny (<c>-1250.00</c>) so a spreadsheet adds them up; text goes through <see cref="CsvWriter"/>, which guards
/// cells a spreadsheet would run as formulas.
/// </summary>
public static class CsvReportWriter
{
    public static byte[] Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        csv.WriteRow("Report", report.Heading.Title);
        csv.WriteRow("Contract", report.Heading.ContractName);
        csv.WriteRow("Contract version", report.Heading.ContractVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        csv.WriteRow("Period", report.Heading.Period);
        foreach (var table in report.Tables)
        {
            csv.WriteRow();
            csv.WriteRow(table.Caption);
            csv.WriteRow(table.Columns);
            foreach (var row in table.Rows)
            {
                csv.WriteRow(row.Cells.Select(cell => cell.Amount is { } amount ? amount.ToPlainString() : cell.Text));
            }
        }

        // UTF-8 with a byte order mark, so that a spreadsheet opening the file shows £ and en dashes correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
