using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>
/// The problems found reading one workbook, each at its sheet, row and column (<c>book.xlsx[activity]:5:3</c>) or at the
/// workbook itself (<c>book.xlsx:1:1</c>). A broken sheet can hold a problem in every cell; after
/// <see cref="MostPerSheet"/> the rest are summed up in one line instead of drowning the first.
/// </summary>
internal sealed class XlsxProblems(string workbook)
{
    public const int MostPerSheet = 100;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<string, int> _perSheet = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool Any => _items.Count > 0;

    /// <summary>A problem with the workbook as a whole: it is not one, or it is beyond a limit.</summary>
    public void Workbook(string code, string message) =>
        _items.Add(new Diagnostic(new SourceLocation(workbook, 1, 1, FieldPath.Root), Severity.Error, code, message));

    /// <summary>A problem in a cell of a sheet (named as <see cref="XlsxActualsReader.SheetSource"/> names it).</summary>
    public void Cell(string sheet, int row, int column, string code, string message)
    {
        var count = _perSheet.GetValueOrDefault(sheet) + 1;
        _perSheet[sheet] = count;
        if (count <= MostPerSheet)
        {
            _items.Add(new Diagnostic(new SourceLocation(sheet, row, column, FieldPath.Root), Severity.Error, code, message));
        }
    }

    /// <summary>Adds the "and N more" line for each sheet that had more problems than were listed.</summary>
    public void Summarise()
    {
        foreach (var (sheet, count) in _perSheet.Where(pair => pair.Value > MostPerSheet))
        {
            _items.Add(new Diagnostic(
                new SourceLocation(sheet, 0, 0, FieldPath.Root),
                Severity.Error,
                DiagnosticCodes.WrongType,
                $"and {count - MostPerSheet:N0} more problems like those above in this sheet; fix those and read it again."));
        }
    }
}
