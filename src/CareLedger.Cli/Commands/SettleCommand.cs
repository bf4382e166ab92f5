using System.CommandLine;
using CareLedger.Application.Documents;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Settlement;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger settle CONTRACT --actuals FILE --period P [--party X] [--format table|json|csv] [-o DIR]</c>: one
/// statement per party for the period, the commissioners' outflow, the reconciliation checks and the notes, and with
/// <c>--output</c> one file per party's statement. Exit 1 if a check fails.
/// </summary>
internal sealed class SettleCommand : CliCommand<SettleCommand.Settings>
{
    private readonly SettlementOptions _settlement = new();

    private readonly Option<string?> _party = new("--party") { Description = "Show only this party's statement (id or name)." };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Also write one file per party's statement, plus the checks, into this folder.",
        HelpName = "DIR",
    };

    // What --output was called before -o meant "where to write" on every command; kept, unlisted, for old scripts.
    private readonly Option<string?> _out = new("--out") { Hidden = true };

    private readonly OutputFormatOption _format = new();

    internal sealed record Settings(string Contract, string[] Actuals, string Period, string? Party, OutputFormat Format, string? Output, bool OutputTwice, bool Provisional = false);

    protected override Command Declare() =>
        new("settle", "Settle a month, quarter or year: one statement per party, with the checks that prove it adds up.")
        {
            _settlement.Contract,
            _settlement.Actuals,
            _settlement.Period,
            _party,
            _format.Option,
            _output,
            _out,
            _settlement.Provisional,
        };

    protected override Settings Bind(ParseResult parse)
    {
        var (contract, actuals, period) = _settlement.Bind(parse);
        var output = parse.GetValue(_output);
        var legacy = parse.GetValue(_out);
        return new(contract, actuals, period, parse.GetValue(_party), _format.GetValue(parse), output ?? legacy, output is not null && legacy is not null, parse.GetValue(_settlement.Provisional));
    }

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { OutputTwice: true } => SettingsCheck.Fail("--output is given twice (once as --out); give one folder."),
        { Output: { } output } when string.IsNullOrWhiteSpace(output) => SettingsCheck.Fail(
            "--output needs a folder name, e.g. '-o statements'; an empty one would write into the current folder."),
        _ => SettingsCheck.Ok,
    };

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (settlement, exitCode) = SettlementInput.Settle(settings.Contract, settings.Actuals, settings.Period, settings.Provisional, console);
        if (settlement is null)
        {
            return exitCode;
        }

        Domain.Id<Domain.Parties.Party>? only = null;
        if (settings.Party is { } name)
        {
            if (SettlementInput.FindParty(settlement.Contract, name, console) is not { } party)
            {
                return ExitCodes.Usage;
            }

            only = party.Id;
        }

        Render(settlement, settings.Format, console.Out, console.UseColour, only);
        if (settings.Output is { } directory && !StatementFiles.Write(settlement, settings.Format, console.Resolve(directory), console))
        {
            return ExitCodes.Usage;
        }

        return settlement.AllChecksPassed ? ExitCodes.Ok : ExitCodes.Findings;
    }

    internal static void Render(PeriodSettlement settlement, OutputFormat format, TextWriter output, bool useColour, Domain.Id<Domain.Parties.Party>? only)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(SettlementDocument.Of(settlement, only), output);
                break;
            case OutputFormat.Csv:
                SettlementCsvRenderer.Write(settlement, output, only);
                break;
            default:
                SettlementTableRenderer.Write(settlement, output, useColour, only);
                break;
        }
    }
}
