namespace CareLedger.Cli.Output;

/// <summary>How a table column lines up its cells.</summary>
public enum ColumnAlignment
{
    /// <summary>Right-aligned when every non-blank cell is a figure (amount, count, percentage), otherwise left.</summary>
    Auto,

    Left,

    Right,
}
