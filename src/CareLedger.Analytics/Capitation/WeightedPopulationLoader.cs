using System.Globalization;
using CareLedger.Analytics.Importing;
using Microsoft.VisualBasic.FileIO;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// Reads NHS England's GP practice weighted-population file (one line per practice: codes for its ICB, local authority
/// district and PCN, its registered population in <c>Population</c>, and one weighted population per component) and
/// checks it. Every problem is reported with its row (the header is row 1), column and value, and the file is refused
/// if there is any. The national invariants — each weighted column sums to the registered population, since a
/// weighting redistributes heads and never adds any — are then checked, and each column that breaks them is a warning.
/// </summary>
/// <remarks>
/// The published file holds each figure to six decimal places, so 6,348 practices' rounding can move a column's sum
/// by at most about 0.006 of a head: <see cref="InvariantTolerance"/> (0.01) allows that and nothing more. The
/// <c>Patients</c> column is empty in the 2025/26 file and is not read; <c>Population</c> is the registered list.
/// </remarks>
public sealed class WeightedPopulationLoader
{
    public const decimal InvariantTolerance = 0.01m;

    private const string CodeColumn = "Practice_Code", NameColumn = "GP_Practice_Name", IcbColumn = "ICB", IcbNameColumn = "ICBname",
        LadColumn = "LAD", LadNameColumn = "LTLA", PcnColumn = "PCN_Code", PcnNameColumn = "PCN_Name", RegisteredColumn = "Population";

    private static readonly string[] Required = [CodeColumn, IcbColumn, LadColumn, PcnColumn, RegisteredColumn, .. CapitationComponent.All.Select(component => component.Column)];

    public WeightedPopulationLoad Load(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<ImportProblem>();
        using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        var header = ReadRecord(parser, name, problems)?.Record;
        if (header is null)
        {
            problems.Add(new ImportProblem(name, null, null, null, "is empty: a weighted-population file starts with a header row naming Practice_Code, ICB, LAD, PCN_Code, Population and the weighted columns."));
            return new WeightedPopulationLoad(null, problems);
        }

        var columns = Columns(header);
        foreach (var missing in Required.Where(column => !columns.ContainsKey(column)))
        {
            problems.Add(new ImportProblem(name, 1, missing, null, $"is missing from the header: the file needs the columns {string.Join(", ", Required)} (NHS England's practice weighted-population layout)."));
        }

        if (problems.Count > 0)
        {
            return new WeightedPopulationLoad(null, problems);
        }

        var practices = new List<PracticeWeighting>();
        var firstRows = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        while (ReadRecord(parser, name, problems) is { } next)
        {
            var (row, record) = next;
            if (record.Length != header.Length)
            {
                problems.Add(new ImportProblem(name, row, null, null, $"has {record.Length} cells but the header has {header.Length}: each line needs one cell per column (quote a name that holds a comma)."));
                continue;
            }

            var practice = new PracticeRow(name, row, record, columns, problems).Read();
            if (practice is null)
            {
                continue;
            }

            if (firstRows.TryGetValue(practice.Code, out var first))
            {
                problems.Add(new ImportProblem(name, row, CodeColumn, practice.Code, $"lists this practice a second time (first at row {first}): each practice must appear once; remove one of the lines."));
                continue;
            }

            firstRows[practice.Code] = row;
            practices.Add(practice);
        }

        if (problems.Count == 0 && practices.Count == 0)
        {
            problems.Add(new ImportProblem(name, null, null, null, "has a header but no practices."));
        }

        return problems.Count > 0
            ? new WeightedPopulationLoad(null, problems)
            : new WeightedPopulationLoad(new WeightedPopulationFile(name, practices, InvariantWarnings(name, PopulationTotals.Of(practices))), problems);
    }

    /// <summary>One warning per weighted column whose sum differs from the registered population's by more than the tolerance.</summary>
    internal static IReadOnlyList<ImportProblem> InvariantWarnings(string name, PopulationTotals totals) =>
        [.. CapitationComponent.All
            .Select(component => (component, difference: totals.WeightedFor(component) - totals.Registered))
            .Where(pair => Math.Abs(pair.difference) > InvariantTolerance)
            .Select(pair => new ImportProblem(name, null, pair.component.Column, Heads(totals.WeightedFor(pair.component)),
                $"sums to {Heads(totals.WeightedFor(pair.component))} but the registered population ({RegisteredColumn}) sums to {Heads(totals.Registered)}, " +
                $"a difference of {Heads(pair.difference)}: a weighted column should sum to the registered population, so this file has been altered, cut short " +
                "or holds only part of England. Figures against England are against this file's own totals; check the file before relying on them."))];

    private static string Heads(decimal heads) => heads.ToString("#,##0.###", CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Columns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Length; index++)
        {
            columns.TryAdd(header[index].Trim().TrimStart('\uFEFF'), index);
        }

        return columns;
    }

    /// <summary>The next record and the line it starts on; a line the parser cannot split is reported and skipped.</summary>
    private static (long Row, string[] Record)? ReadRecord(TextFieldParser parser, string name, List<ImportProblem> problems)
    {
        while (!parser.EndOfData)
        {
            var row = parser.LineNumber;
            try
            {
                if (parser.ReadFields() is { } fields)
                {
                    return (row, fields);
                }
            }
            catch (MalformedLineException malformed)
            {
                problems.Add(new ImportProblem(name, malformed.LineNumber, null, null, "cannot be split into cells (a quote is not closed or is followed by text): quote whole cells and double any quote inside one."));
            }
        }

        return null;
    }

    /// <summary>One data line's cells read into a practice, each problem reported at its column.</summary>
    private sealed class PracticeRow(string name, long row, string[] record, Dictionary<string, int> columns, List<ImportProblem> problems)
    {
        public PracticeWeighting? Read()
        {
            var before = problems.Count;
            var code = Text(CodeColumn);
            if (code.Length == 0)
            {
                Problem(CodeColumn, code, "is empty: every line needs the practice's ODS code, e.g. A81001.");
            }

            var icb = Text(IcbColumn);
            if (icb.Length == 0)
            {
                Problem(IcbColumn, icb, "is empty: every practice needs the code of its ICB, e.g. QHM.");
            }

            var registered = Heads(RegisteredColumn);
            var weighted = CapitationComponent.All.Select(component => Heads(component.Column)).ToArray();
            return problems.Count > before
                ? null
                : new PracticeWeighting(code.ToUpperInvariant(), Text(NameColumn), row,
                    new PlaceCodes(icb.ToUpperInvariant(), Text(IcbNameColumn), Text(LadColumn).ToUpperInvariant(), Text(LadNameColumn), Text(PcnColumn).ToUpperInvariant(), Text(PcnNameColumn)),
                    registered, weighted);
        }

        private string Text(string column) => columns.TryGetValue(column, out var index) ? record[index].Trim() : string.Empty;

        private decimal Heads(string column)
        {
            var text = Text(column);
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var heads))
            {
                Problem(column, text, text.Length == 0 ? "is empty: every practice needs a population here (0 if it has none)." : "is not a number of people: write it like 3928.020356.");
                return 0m;
            }

            if (heads < 0m)
            {
                Problem(column, text, "is negative: a population cannot be below zero; correct the figure from the published file.");
            }

            return heads;
        }

        private void Problem(string column, string value, string reason) =>
            problems.Add(new ImportProblem(name, row, column, value.Length > ImportProblem.MaxValueLength ? value[..ImportProblem.MaxValueLength] : value, reason));
    }
}
