namespace CareLedger.Cli.Tests.Support;

/// <summary>
/// Reads back a table printed by TextTable: the dashed underline gives each column's start and width; a line whose
/// first column is blank continues the row above (a wrapped cell), and its pieces are joined with spaces.
/// </summary>
public static class PrintedTable
{
    public static IReadOnlyList<string[]> Rows(string[] lines)
    {
        var columns = Columns(lines[1]);
        var rows = new List<string[]>();
        foreach (var line in lines.Skip(2))
        {
            var cells = columns.Select(column => Slice(line, column.Start, column.Width)).ToArray();
            if (rows.Count > 0 && cells[0].Length == 0)
            {
                var row = rows[^1];
                for (var index = 0; index < cells.Length; index++)
                {
                    row[index] = string.Join(' ', new[] { row[index], cells[index] }.Where(part => part.Length > 0));
                }
            }
            else
            {
                rows.Add(cells);
            }
        }

        return rows;
    }

    private static List<(int Start, int Width)> Columns(string underline)
    {
        var columns = new List<(int Start, int Width)>();
        var index = 0;
        while (index < underline.Length)
        {
            var start = underline.IndexOf('-', index);
            if (start < 0)
            {
                break;
            }

            var end = underline.IndexOf(' ', start);
            end = end < 0 ? underline.Length : end;
            columns.Add((start, end - start));
            index = end;
        }

        return columns;
    }

    private static string Slice(string line, int start, int width) =>
        start >= line.Length ? string.Empty : line.Substring(start, Math.Min(width, line.Length - start)).Trim();
}
