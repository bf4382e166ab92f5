using System.CommandLine;
using CareLedger.Application.Documents;
using CareLedger.Application.Explaining;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Settlement;
using CareLedger.Domain;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger explain CONTRACT --actuals FILE --period P --party X [--element E] [--format table|json|csv]</c>: how
/// each of a party's statement lines was derived — rule, formula in words, every input with its source, intermediate
/// values and rounding. A party with no lines (of that element) in the period is an answer, not an error: it is said
/// and the command succeeds.
/// </summary>
internal sealed class ExplainCommand : CliCommand<ExplainCommand.Settings>
{
    private readonly SettlementOptions _settlement = new();

    private readonly Option<string> _party = new("--party") { Description = "The party whose statement to explain (id or name).", Required = true };

    private readonly Option<string?> _element = new("--element", "-e")
    {
        Description = "Only lines of this element: fixed, variable, outcome, management-fee, risk-share, shared-savings, corridor, adjustment.",
    };

    // 'text' is what the table form was called here before every command took table|json|csv.
    private readonly OutputFormatOption _format = new(formerTableName: "text");

    internal sealed record Settings(string Contract, string[] Actuals, string Period, string Party, string? Element, OutputFormat Format, bool Provisional = false);

    protected override Command Declare() =>
        new("explain", "Show how each amount on a party's statement was derived, down to the contract key and the actuals row.")
        {
            _settlement.Contract,
            _settlement.Actuals,
            _settlement.Period,
            _party,
            _element,
            _format.Option,
            _settlement.Provisional,
        };

    protected override Settings Bind(ParseResult parse)
    {
        var (contract, actuals, period) = _settlement.Bind(parse);
        return new(contract, actuals, period, parse.GetRequiredValue(_party), parse.GetValue(_element), _format.GetValue(parse), parse.GetValue(_settlement.Provisional));
    }

    protected override SettingsCheck Check(Settings settings) =>
        settings.Element is null || StatementElementExtensions.TryParse(settings.Element, out _)
            ? SettingsCheck.Ok
            : SettingsCheck.Fail($"--element '{settings.Element}' is not an element; use one of {string.Join(", ", Enum.GetValues<StatementElement>().Select(element => element.ToSpecName()))}.");

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (settlement, exitCode) = SettlementInput.Settle(settings.Contract, settings.Actuals, settings.Period, settings.Provisional, console);
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
        switch (explained)
        {
            case { Value: { } explanation }:
                Render(explanation, settings.Format, console.Out);
                return ExitCodes.Ok;

            // No lines to explain: the inputs are fine and the answer is "none". Programs get an empty document.
            case { Problem.Field: "element" } when settings.Format == OutputFormat.Table:
                console.Out.WriteLine(explained.Problem.Message);
                return ExitCodes.Ok;
            case { Problem.Field: "element" }:
                Render(new PartyExplanation(settlement, party, element, ValueList<StatementLine>.Empty), settings.Format, console.Out);
                return ExitCodes.Ok;

            default:
                console.WriteProblem($"--{explained.Problem!.Field} {explained.Problem.Message}");
                return ExitCodes.Usage;
        }
    }

    private static void Render(PartyExplanation explanation, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(ExplanationDocument.Of(explanation), output);
                break;
            case OutputFormat.Csv:
                ExplanationCsvRenderer.Write(explanation, output);
                break;
            default:
                var party = explanation.Party;
                output.WriteLine($"{party.Name} ({party.Id}), {explanation.Settlement.Period.Label}: how each amount was derived");
                SettlementTableRenderer.WriteProvisional(explanation.Settlement, output);
                output.WriteLine();
                ExplanationRenderer.WriteText(explanation.Settlement, explanation.Lines, output);
                break;
        }
    }
}
