using System.IO.Compression;
using System.Xml;
using CareLedger.Application.Inputs;
using CareLedger.Specs.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>
/// Reads an Excel workbook of actuals (docs/actuals-spec.md, "XLSX"): one sheet per table, each turned into CSV text
/// named <c>book.xlsx[sheet]</c> that keeps the sheet's rows and columns, so the CSV reader recognises the table by
/// its header and every check reports the sheet, row and column of the cell. Empty sheets are left out. The workbook
/// is checked as a ZIP archive first (sizes its parts claim, their total) and read one row at a time within limits
/// (<see cref="XlsxLimits"/>): a damaged, hostile or enormous file is a located problem, never a crash.
/// </summary>
public static class XlsxActualsReader
{
    /// <summary>The name a sheet's table is read under: <c>actuals.xlsx[activity]</c>.</summary>
    public static string SheetSource(string workbook, string sheet) => $"{workbook}[{sheet}]";

    public static ServiceResult<IReadOnlyList<SourceText>> Read(string name, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(name);
        var problems = new XlsxProblems(name);
        if (content.Length > InputLimits.ActualsBytes)
        {
            problems.Workbook(DiagnosticCodes.NotText, $"the workbook is larger than {InputLimits.Describe(InputLimits.ActualsBytes)}, the limit for an actuals file; split it into several files.");
            return ServiceResult<IReadOnlyList<SourceText>>.Failure(problems.Items);
        }

        try
        {
            if (!WithinZipLimits(content, problems))
            {
                return ServiceResult<IReadOnlyList<SourceText>>.Failure(problems.Items);
            }

            var sheets = ReadSheets(name, content, problems);
            problems.Summarise();
            return problems.Any ? ServiceResult<IReadOnlyList<SourceText>>.Failure(problems.Items) : ServiceResult<IReadOnlyList<SourceText>>.Success(sheets);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            problems.Workbook(
                DiagnosticCodes.NotText,
                $"the file is not a readable Excel workbook (.xlsx): {exception.Message.TrimEnd('.')}. Open it in a spreadsheet and save it as 'Excel Workbook (.xlsx)', or give the tables as CSV.");
            return ServiceResult<IReadOnlyList<SourceText>>.Failure(problems.Items);
        }
    }

    // What a damaged or hostile package throws as the ZIP, the package and the XML are read. Anything else is a fault.
    private static bool IsDamage(Exception exception) => exception is InvalidDataException or IOException or XmlException
        or OpenXmlPackageException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or OverflowException;

    /// <summary>Refuses a ZIP whose parts claim to expand beyond the limit, before any of them is inflated.</summary>
    private static bool WithinZipLimits(ReadOnlyMemory<byte> content, XlsxProblems problems)
    {
        using var archive = new ZipArchive(new ReadOnlyMemoryStream(content), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (total > XlsxLimits.ExpandedBytes)
            {
                problems.Workbook(DiagnosticCodes.NotText, $"the workbook expands to more than {XlsxLimits.ExpandedBytes / (1024 * 1024 * 1024)} GiB (part '{entry.FullName}'), far beyond any year of actuals; it is damaged or not a real workbook.");
                return false;
            }
        }

        return true;
    }

    private static List<SourceText> ReadSheets(string name, ReadOnlyMemory<byte> content, XlsxProblems problems)
    {
        var settings = new OpenSettings { MaxCharactersInPart = XlsxLimits.PartCharacters, AutoSave = false };
        using var document = SpreadsheetDocument.Open(new ReadOnlyMemoryStream(content), false, settings);
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is not { } sheetList)
        {
            problems.Workbook(DiagnosticCodes.NotText, "the file is a package but holds no workbook; save it from a spreadsheet as 'Excel Workbook (.xlsx)'.");
            return [];
        }

        var (strings, problem) = SharedStrings.Read(workbook.SharedStringTablePart);
        if (strings is null)
        {
            problems.Workbook(DiagnosticCodes.NotText, problem!);
            return [];
        }

        var texts = new List<SourceText>();
        long written = 0;
        foreach (var sheet in sheetList.Elements<Sheet>())
        {
            var source = SheetSource(name, sheet.Name?.Value ?? "?");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                // A chart sheet or a dialog sheet holds no table; a missing part is damage, reported at the sheet.
                if (sheet.Id?.Value is null)
                {
                    problems.Cell(source, 1, 1, DiagnosticCodes.NotText, "the sheet has no content in the workbook: it is damaged. Open and save it in a spreadsheet, then try again.");
                }

                continue;
            }

            var text = new SheetText(source, strings, problems);
            var complete = text.Read(part, XlsxLimits.TextCharacters - written);
            written += text.Length;
            if (!complete)
            {
                break;
            }

            if (text.HasValues)
            {
                texts.Add(new SourceText(source, text.ToString()));
            }
        }

        if (texts.Count == 0 && !problems.Any)
        {
            problems.Workbook(DiagnosticCodes.MissingRequired, "the workbook has no tables: every sheet is empty. Put each table of actuals on its own sheet, with a header row naming its columns (period, provider, service_line, planned, actual for activity).");
        }

        return texts;
    }
}
