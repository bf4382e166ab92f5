using System.CommandLine;
using CareLedger.Application.Documents;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Settlement;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger settle SPEC --actuals FILE --period P [--party X] [--format table|json|csv] [--out DIR]</c>: one
/// statement per party for the period, the commissioners' outflow, the reconciliation checks and the notes.
/// Exit 1 if a check fails.
/// </summary>
internal sealed class SettleCommand : CliCommand<SettleCommand.Settings>
{
    private readonly SettlementOptions _settlement = new();

    private readonly Option<string?> _party = new("--party") { Description = "Show only this party's statement (id or name)." };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Also write one file per party's statement, plus the checks, into this directory.",
    };

    private readonly OutputFormatOption _format = new();

    internal sealed record Settings(string Spec, string[] Actuals, string Period, string? Party, OutputFormat Format, string? Out, bool Provisional = false);

    protected override Command Declare() =>
        new("settle", "Settle a month, quarter or year: one statement per party, with the checks that prove it adds up.")
        {
            _settlement.Spec,
            _settlement.Actuals,
            _settlement.Period,
            _party,
            _format.Option,
            _out,
            _settlement.Provisional,
        };

    protected override Settings Bind(ParseResult parse)
    {
        var (spec, actuals, period) = _settlement.Bind(parse);
        return new(spec, actuals, period, parse.GetValue(_party), _format.GetValue(parse), parse.GetValue(_out), parse.GetValue(_settlement.Provisional));
    }

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (settlement, exitCode) = SettlementInput.Settle(settings.Spec, settings.Actuals, settings.Period, settings.Provisional, console);
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
        if (settings.Out is { } directory && !StatementFiles.Write(settlement, settings.Format, console.Resolve(directory), console))
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
