using System.CommandLine;
using CareLedger.Application.Documents;
using CareLedger.Application.Explaining;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Settlement;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger explain SPEC --actuals FILE --period P --party X [--element E] [--format text|json]</c>: how each of
/// a party's statement lines was derived — rule, formula in words, every input with its source, intermediate values
/// and rounding.
/// </summary>
internal sealed class ExplainCommand : CliCommand<ExplainCommand.Settings>
{
    private readonly SettlementOptions _settlement = new();

    private readonly Option<string> _party = new("--party") { Description = "The party whose statement to explain (id or name).", Required = true };

    private readonly Option<string?> _element = new("--element", "-e")
    {
        Description = "Only lines of this element: fixed, variable, outcome, management-fee, risk-share, shared-savings, corridor, adjustment.",
    };

    private readonly Option<string> _format = new("--format", "-f") { Description = "text (for reading) or json.", DefaultValueFactory = _ => "text" };

    internal sealed record Settings(string Spec, string[] Actuals, string Period, string Party, string? Element, bool Json, bool Provisional = false);

    protected override Command Declare()
    {
        _format.AcceptOnlyFromAmong("text", "json");
        return new("explain", "Show how each amount on a party's statement was derived, down to the contract key and the actuals row.")
        {
            _settlement.Spec,
            _settlement.Actuals,
            _settlement.Period,
            _party,
            _element,
            _format,
            _settlement.Provisional,
        };
    }

    protected override Settings Bind(ParseResult parse)
    {
        var (spec, actuals, period) = _settlement.Bind(parse);
        return new(spec, actuals, period, parse.GetRequiredValue(_party), parse.GetValue(_element), parse.GetValue(_format) == "json", parse.GetValue(_settlement.Provisional));
    }

    protected override SettingsCheck Check(Settings settings) =>
        settings.Element is null || StatementElementExtensions.TryParse(settings.Element, out _)
            ? SettingsCheck.Ok
            : SettingsCheck.Fail($"--element '{settings.Element}' is not an element; use one of {string.Join(", ", Enum.GetValues<StatementElement>().Select(element => element.ToSpecName()))}.");

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (settlement, exitCode) = SettlementInput.Settle(settings.Spec, settings.Actuals, settings.Period, settings.Provisional, console);
        if (settlement is null)
        {
            return exitCode;
        }

        if (SettlementInput.FindParty(settlement.Contract, settings.Party, console) is not { } party)
        {
            return ExitCodes.Usage;
        }

        StatementElement? element = settings.Element is { } name && StatementElementExtensions.TryParse(name, out var parsed) ? parsed : null;
        var explained = new ExplanationService().Explain(settlement, party.Id, element);
        if (explained.Value is not { } explanation)
        {
            console.WriteProblem(explained.Problem!.Message);
            return ExitCodes.Findings;
        }

        if (settings.Json)
        {
            JsonDocumentWriter.Write(ExplanationDocument.Of(explanation), console.Out);
        }
        else
        {
            console.Out.WriteLine($"{party.Name} ({party.Id}), {settlement.Period.Label}: how each amount was derived");
            SettlementTableRenderer.WriteProvisional(settlement, console.Out);
            console.Out.WriteLine();
            ExplanationRenderer.WriteText(settlement, explanation.Lines, console.Out);
        }

        return ExitCodes.Ok;
    }
}
