using System.Globalization;
using CareLedger.Application.Csv;
using CareLedger.Application.Explaining;
using CareLedger.Domain;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>
/// Explanations for spreadsheets: one row per input, step and rounding of each statement line, then a row for its
/// result, so that every line appears even when its derivation has no parts. Each row repeats the line it belongs to
/// (its number among the party's lines, element, amount, counterparty, reason, rule and formula), so a filter or a
/// pivot table needs no other sheet. Inputs also say where they came from: <c>source</c> is
/// <c>FILE:LINE:COL</c> and <c>path</c> the key or row in that file.
/// </summary>
internal static class ExplanationCsvRenderer
{
    public static void Write(PartyExplanation explanation, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.WriteRow("period", "party", "line", "element", "on_account", "amount", "counterparty", "reason", "rule", "formula", "part", "name", "value", "source", "path");
        var period = explanation.Settlement.Period.Label;
        var party = explanation.Party.Id.Value;
        for (var index = 0; index < explanation.Lines.Count; index++)
        {
            var line = explanation.Lines[index];
            var derivation = line.Explanation;
            string?[] about =
            [
                period,
                party,
                (index + 1).ToString(CultureInfo.InvariantCulture),
                line.Element.ToSpecName(),
                line.OnAccount ? "yes" : "no",
                AmountText.Plain(line.Amount),
                line.Counterparty.Value,
                line.Reason,
                derivation.Rule,
                derivation.Formula,
            ];

            foreach (var input in derivation.Inputs)
            {
                csv.WriteRow([.. about, "input", input.Name, Plain(input.Value), Where(input.Source), input.Source?.Path]);
            }

            foreach (var step in derivation.Steps)
            {
                csv.WriteRow([.. about, "step", step.Description, Plain(step.Value), null, null]);
            }

            if (derivation.Rounding is { } rounding)
            {
                csv.WriteRow([.. about, "rounding", null, rounding, null, null]);
            }

            csv.WriteRow([.. about, "result", null, AmountText.Plain(derivation.Result), null, null]);
        }
    }

    /// <summary>A value as a spreadsheet reads it: amounts as plain numbers with every digit computed, rates with %.</summary>
    private static string Plain(ExplainedValue value) => value switch
    {
        ExplainedAmount { Amount: var amount } when amount.IsWholeMinorUnits => AmountText.Plain(amount),
        ExplainedAmount { Amount: var amount } => amount.Amount.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Where(SourceRef? source) => source switch
    {
        null => null,
        { Line: > 0 } => $"{source.File}:{source.Line}:{source.Column}",
        _ => source.File,
    };
}
