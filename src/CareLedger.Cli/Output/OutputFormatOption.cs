using System.CommandLine;

namespace CareLedger.Cli.Output;

/// <summary>
/// The shared <c>--format table|json|csv</c> option (default <c>table</c>) for commands that print figures. A value
/// outside the list is a usage error naming the allowed values.
/// </summary>
public sealed class OutputFormatOption
{
    public OutputFormatOption()
    {
        Option = new Option<string>("--format", "-f")
        {
            Description = "How to print the result: table (for reading), json (for programs) or csv (for spreadsheets).",
            HelpName = "table|json|csv",
            DefaultValueFactory = _ => "table",
        };
        Option.AcceptOnlyFromAmong("table", "json", "csv");
    }

    /// <summary>Add this to the command.</summary>
    public Option<string> Option { get; }

    public OutputFormat GetValue(ParseResult parse) => parse.GetValue(Option) switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };
}
