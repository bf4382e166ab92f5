namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>
/// How much of a workbook CareLedger will read. A workbook is a ZIP archive of XML, so a small file can claim or
/// expand to gigabytes (a "zip bomb"); these limits are checked before and while it is read, and a workbook beyond
/// one is refused with a located problem instead of filling memory.
/// </summary>
internal static class XlsxLimits
{
    /// <summary>The most characters of XML read from any one part (a sheet, the shared strings): 512 Mi.</summary>
    public const long PartCharacters = 512L * 1024 * 1024;

    /// <summary>The most bytes all parts together may say they expand to: 1 GiB.</summary>
    public const long ExpandedBytes = 1024L * 1024 * 1024;

    /// <summary>The most distinct shared strings; a year of actuals has a few thousand.</summary>
    public const int SharedStrings = 4_000_000;

    /// <summary>The most characters of CSV text the sheets may turn into, all together: as much as an actuals file may hold.</summary>
    public const long TextCharacters = Inputs.InputLimits.ActualsBytes;

    /// <summary>Excel's own limits: a sheet has at most 1,048,576 rows and 16,384 columns (A to XFD).</summary>
    public const int Rows = 1_048_576;

    public const int Columns = 16_384;
}
