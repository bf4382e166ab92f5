using CareLedger.Domain.Contracts;
using CareLedger.Specs.Actuals.Checking;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads actuals (docs/actuals-spec.md) — one YAML file, CSV tables, or both — into rows, and checks the rows of
/// every file together against the contract they are to be settled with (<see cref="ActualsChecker"/>: ids it
/// defines, periods in its term, the right kind of result for each indicator, no negative figures and nothing given
/// twice). All or nothing: the actuals come back only when no file has an error, and every problem in every file is
/// reported in one pass.
/// </summary>
public static class ActualsLoader
{
    /// <summary>Reads and checks the files, combining them in the order given.</summary>
    /// <param name="contract">The contract the actuals are for; its currency and calendar decide how amounts and periods read.</param>
    /// <param name="files">Each file's name (as diagnostics should print it) and text. A name ending <c>.csv</c> is a CSV table,
    /// <c>.yaml</c> or <c>.yml</c> a YAML file; any other name is read as CSV when its first line looks like a header
    /// (commas, no colon, not a comment) and as YAML otherwise.</param>
    public static LoadedActuals Load(Contract contract, IReadOnlyList<(string FileName, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(files);
        var diagnostics = new DiagnosticBag();

        // Every row carries its file, so the origin of rows without one is never used. Rows are checked as each file
        // hands them on (a large table in batches), so a file's rows are never all held at once.
        var checking = new RowChecking(contract, string.Empty, diagnostics);
        foreach (var (fileName, text) in files)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            ArgumentNullException.ThrowIfNull(text);
            Parse(contract, fileName, text, diagnostics, checking);
        }

        var actuals = checking.Finish();
        var order = files.Select(file => file.FileName).ToArray();
        return new LoadedActuals(diagnostics.HasErrors ? null : actuals, diagnostics.InFileOrder(order));
    }

    /// <summary>Reads and checks one file.</summary>
    public static LoadedActuals Load(Contract contract, string text, string fileName) => Load(contract, [(fileName, text)]);

    /// <summary>Reads and checks files on disk; the diagnostics name them as the caller wrote them.</summary>
    public static LoadedActuals LoadFiles(Contract contract, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(contract, paths.Select(path => (path, File.ReadAllText(path))).ToArray());
    }

    /// <summary>Parses one file into rows, reporting what is wrong with its format, and hands the rows to be checked.</summary>
    private static void Parse(Contract contract, string fileName, string text, DiagnosticBag diagnostics, RowChecking checking)
    {
        // Amounts are read in the contract's currency; periods stay labels until the checker resolves them.
        var read = new ReadContext(fileName, diagnostics, new SpecLocations(fileName)) { Currency = contract.Currency };
        var context = new ActualsContext(contract, read);
        var builder = new ActualsBuilder(checking.Check);
        if (IsCsv(fileName, text))
        {
            ActualsCsvReader.Read(text, context, builder);
        }
        else
        {
            ActualsYamlReader.Read(text, context, builder);
        }

        builder.Flush();
    }

    /// <summary>
    /// True when the file is to be read as a CSV table: its name ends <c>.csv</c>, or names a sheet of a workbook
    /// (<c>actuals.xlsx[activity]</c>, a sheet the application layer has turned into CSV text), or, with any other
    /// name, its first non-blank line looks like a header.
    /// </summary>
    public static bool IsCsv(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || IsWorkbookSheet(fileName))
        {
            return true;
        }

        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var first = FirstNonBlankLine(text.AsSpan().TrimStart('\uFEFF'));
        return first.Contains(',') && !first.Contains(':') && !first.StartsWith('#');
    }

    // Found without splitting the text into lines: a large file would be copied line by line just to read its first.
    private static ReadOnlySpan<char> FirstNonBlankLine(ReadOnlySpan<char> text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = text[line].Trim();
            if (trimmed.Length > 0)
            {
                return trimmed;
            }
        }

        return [];
    }

    // "book.xlsx[activity]": the name the workbook reader gives each sheet it converts.
    private static bool IsWorkbookSheet(string fileName) =>
        fileName.EndsWith(']') && fileName.Contains(".xlsx[", StringComparison.OrdinalIgnoreCase);
}
