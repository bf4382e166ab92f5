using System.CommandLine;
using CareLedger.Analytics.Contracts;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>A financial-year option (<c>2023/24</c>) of the commands that build contract figures.</summary>
internal sealed class YearOption(string name, string description, bool required)
{
    public Option<string?> Option { get; } = new(name) { Description = description, HelpName = "YYYY/YY", Required = required };

    public static string? Problem(string option, string? written) =>
        written is null || FinancialYear.TryParse(written, out _) ? null : $"{option} '{written}' is not a financial year: write it as 2023/24 (April 2023 to March 2024).";

    public static FinancialYear? Parse(string? written) => FinancialYear.TryParse(written, out var year) ? year : null;
}
