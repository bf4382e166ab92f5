using System.CommandLine;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Application.Contracts;
using CareLedger.Application.Documents;
using CareLedger.Cli.Output;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger validate CONTRACT [--verbose] [--format table|json|csv]</c>: reads and checks a contract file and prints every finding in the
/// compiler format <c>FILE:LINE:COL: error|warning CODE: message</c>, then a summary line. Exit 1 on any error,
/// 0 otherwise (warnings alone do not fail), 2 if the file cannot be read.
/// </summary>
internal sealed class ValidateCommand : CliCommand<ValidateCommand.Settings>
{
    private readonly Argument<string> _contract = ContractArgument.Create("The contract file (YAML) to check.");

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Also say what was read: the contract, its model and term, how many parties and service lines, and its sources.",
    };

    private readonly OutputFormatOption _format = new();

    internal sealed record Settings(string File, bool Verbose, OutputFormat Format);

    protected override Command Declare() =>
        new("validate", "Check a contract file and list every problem as FILE:LINE:COL: error|warning CODE: message.")
        {
            _contract,
            _verbose,
            _format.Option,
        };

    protected override Settings Bind(ParseResult parse) => new(parse.GetRequiredValue(_contract), parse.GetValue(_verbose), _format.GetValue(parse));

    protected override int Execute(Settings settings, CliConsole console)
    {
        var input = InputFile.Read(settings.File, console);
        if (input.Source is not { } source)
        {
            return input.ExitCode;
        }

        // Diagnostics name the file as the user typed it, so they can be clicked in an editor's terminal.
        var loaded = new ContractService().Check(source);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(ValidationDocument.Of(settings.File, loaded.Diagnostics), console.Out);
                return loaded.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
            case OutputFormat.Csv:
                FindingsCsvRenderer.Write(loaded.Diagnostics, console.Out);
                return loaded.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        }

        if (settings.Verbose && loaded.Contract is { } contract)
        {
            WriteSummaryOf(contract, console.Out);
            foreach (var citation in loaded.Sources)
            {
                console.Out.WriteLine($"Source: {citation}");
            }
        }

        foreach (var diagnostic in loaded.Diagnostics)
        {
            console.Out.WriteLine(diagnostic.ToString());
        }

        console.Out.WriteLine(SummaryLine(loaded.Diagnostics, settings.File));
        return loaded.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary><c>FILE: valid</c> when nothing was found, else <c>2 errors, 1 warning in FILE</c>.</summary>
    internal static string SummaryLine(IReadOnlyCollection<Diagnostic> diagnostics, string file)
    {
        if (diagnostics.Count == 0)
        {
            return $"{file}: valid";
        }

        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Count(errors, "error")}, {Count(warnings, "warning")} in {file}";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static void WriteSummaryOf(Contract contract, TextWriter output)
    {
        output.WriteLine($"Contract: {contract.Id.Value} — {contract.Name}");
        output.WriteLine($"Model: {SpecWords.Model.WordFor(contract.Model)}; term: {contract.Term.Months} months from {contract.Term.Start}");
        output.WriteLine(
            $"Parties: {contract.Parties.Count}; service lines: {contract.ServiceLines.Count}; "
            + $"adjustments: {contract.Adjustments.Count}; outcomes frameworks: {contract.Frameworks.Count}");
    }
}
