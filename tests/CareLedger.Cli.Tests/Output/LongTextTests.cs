using CareLedger.Application;
using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Application.Settlement;
using CareLedger.Cli.Output.Settlement;
using CareLedger.Cli.Tests.Support;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Output;

/// <summary>
/// A reason a megabyte long (a suspension's, quoted on every statement it affects): tables show its start and an
/// ellipsis, while JSON, CSV and explain carry every character. The settlement is the Mid-Nottinghamshire template's
/// year with one line's reason and one note made that long, so the test does not depend on what the reader accepts.
/// </summary>
[Trait(Needs.Trait, Needs.Templates)]
public sealed class LongTextTests
{
    private static readonly string Reason = "Suspended: " + string.Concat(Enumerable.Repeat("the members agreed unanimously ", 33_000)) + "END";

    private static readonly PeriodSettlement Settlement = WithLongReason();

    [Fact]
    public void The_statement_table_shows_the_start_of_the_reason_and_an_ellipsis()
    {
        using var output = new StringWriter { NewLine = "\n" };

        SettlementTableRenderer.Write(Settlement, output, useColour: false);

        var text = output.ToString();
        Assert.True(text.Length < 100_000, $"{text.Length} characters printed");
        Assert.Contains("Suspended: the members agreed unanimously", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.DoesNotContain("END", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_csv_and_explain_carry_the_whole_reason()
    {
        using var csv = new StringWriter();
        using var explain = new StringWriter();

        SettlementCsvRenderer.Write(Settlement, csv);
        ExplanationRenderer.WriteText(Settlement, Settlement.Statements[0].Lines, explain);

        Assert.Contains(Reason, CareLedgerJson.Write(SettlementDocument.Of(Settlement)), StringComparison.Ordinal);
        Assert.Contains(Reason, csv.ToString(), StringComparison.Ordinal);
        Assert.Contains(Reason, explain.ToString(), StringComparison.Ordinal);
    }

    private static PeriodSettlement WithLongReason()
    {
        var template = TemplateCatalog.Find("mid-notts-alliance")!;
        var settled = new SettlementService().Settle(new SettlementRequest(
            new SourceText("contract.yaml", template.Yaml),
            [new SourceText("actuals.yaml", template.ActualsYaml)],
            template.ActualsYear));
        var settlement = settled.Value ?? throw new InvalidOperationException(string.Join("\n", settled.Diagnostics));
        var first = settlement.Statements[0];
        var lines = first.Lines.Select((line, index) => index == 0 ? line with { Reason = Reason } : line).ToArray();
        return settlement with
        {
            Statements = [first with { Lines = lines }, .. settlement.Statements.Skip(1)],
            Notes = [.. settlement.Notes, new SettlementNote(Reason, null)],
        };
    }
}
