namespace CareLedger.Cli.Output;

/// <summary>A column of a <see cref="TextTable"/>: its header, how its cells line up, and optionally how wide it may grow.</summary>
/// <param name="MaxWidth">
/// When set, longer cells wrap onto further lines at spaces (a word longer than the width is cut), so that prose such as
/// a summary does not make the table wider than a terminal. Null: as wide as the widest cell.
/// </param>
public sealed record TableColumn(string Header, ColumnAlignment Alignment = ColumnAlignment.Auto, int? MaxWidth = null)
{
    public static TableColumn Left(string header, int? maxWidth = null) => new(header, ColumnAlignment.Left, maxWidth);

    public static TableColumn Right(string header) => new(header, ColumnAlignment.Right);
}
