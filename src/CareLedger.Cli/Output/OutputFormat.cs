namespace CareLedger.Cli.Output;

/// <summary>What <c>--format</c> asks for.</summary>
public enum OutputFormat
{
    /// <summary>A plain-text table for people (<see cref="TextTable"/>).</summary>
    Table,

    /// <summary>JSON for programs (<see cref="JsonDocumentWriter"/>).</summary>
    Json,

    /// <summary>CSV for spreadsheets (<see cref="Application.Csv.CsvWriter"/>).</summary>
    Csv,
}
