using CareLedger.Analytics.Capitation;
using CareLedger.Application.Actuals.Xlsx;

namespace CareLedger.Cli.Output.Population;

/// <summary>
/// A place's capitation as an Excel workbook: sheets <c>components</c> and <c>practices</c> hold exactly the CSV's
/// tables, and <c>about</c> how the figures were made. Written by <see cref="XlsxActualsWriter"/>, so every text cell
/// (a practice name such as <c>=HYPERLINK(…)</c> included) is an inline string and never a formula.
/// </summary>
internal static class CapitationWorkbook
{
    public static byte[] Write(PlaceCapitation result, CapitationComponent component) =>
        XlsxActualsWriter.Write([
            ("components", CapitationRows.Components(result)),
            ("practices", CapitationRows.Practices(result, component)),
            ("about", CapitationRows.About(result, component)),
        ]);
}
