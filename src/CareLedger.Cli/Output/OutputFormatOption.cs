using System.CommandLine;

namespace CareLedger.Cli.Output;

/// <summary>
/// The shared <c>--format table|json|csv</c> option (default <c>table</c>), the same on every command that prints
/// results. Case does not matter (<c>-f JSON</c>); a value outside the list is a usage error naming the allowed values.
/// </summary>
public sealed class OutputFormatOption
{
    private static readonly string[] Names = ["table", "json", "csv"];

    private readonly string? _formerTableName;

    /// <param name="formerTableName">
    /// What a command called <c>table</c> before every command used these names (<c>explain</c>'s <c>text</c>):
    /// still accepted, never listed, so that scripts written for it keep working.
    /// </param>
    public OutputFormatOption(string? formerTableName = null)
    {
        _formerTableName = formerTableName;
        Option = new Option<string>("--format", "-f")
        {
            Description = "How to print the result: table (for reading), json (for programs) or csv (for spreadsheets).",
            HelpName = "table|json|csv",
            DefaultValueFactory = _ => "table",
        };
        Option.CompletionSources.Add(Names);
        Option.Validators.Add(result =>
        {
            var written = result.GetValueOrDefault<string>();
            if (written is not null && !Names.Contains(written.Trim(), StringComparer.OrdinalIgnoreCase) && !IsFormerTableName(written))
            {
                result.AddError($"--format '{written}' is not a format; use table, json or csv.");
            }
        });
    }

    /// <summary>Add this to the command.</summary>
    public Option<string> Option { get; }

    public OutputFormat GetValue(ParseResult parse) => parse.GetValue(Option)?.Trim().ToLowerInvariant() switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };

    private bool IsFormerTableName(string written) =>
        _formerTableName is not null && string.Equals(written.Trim(), _formerTableName, StringComparison.OrdinalIgnoreCase);
}
