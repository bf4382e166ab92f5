using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>The derivation of statement lines: rule, formula in words, inputs with sources, steps, rounding.</summary>
internal static class ExplanationRenderer
{
    public static void WriteText(PeriodSettlement settlement, IReadOnlyList<StatementLine> lines, TextWriter output)
    {
        foreach (var line in lines)
        {
            var explanation = line.Explain();
            output.WriteLine($"{line.Element.ToSpecName()}{(line.OnAccount ? " (on account)" : string.Empty)}: {AmountText.Display(line.Amount)} — {line.Reason}");
            output.WriteLine($"  with:     {SettlementTableRenderer.NameOf(settlement, line.Counterparty)}");
            output.WriteLine($"  rule:     {explanation.Rule}");
            output.WriteLine($"  formula:  {explanation.Formula}");
            if (explanation.Inputs.Count > 0)
            {
                output.WriteLine("  inputs:");
                foreach (var input in explanation.Inputs)
                {
                    output.WriteLine($"    {input.Name} = {input.Value}{(input.Source is null ? string.Empty : $"   [{input.Source}]")}");
                }
            }

            if (explanation.Steps.Count > 0)
            {
                output.WriteLine("  steps:");
                foreach (var step in explanation.Steps)
                {
                    output.WriteLine($"    {step.Description}: {step.Value}");
                }
            }

            if (explanation.Rounding is { } rounding)
            {
                output.WriteLine($"  rounding: {rounding}");
            }

            output.WriteLine($"  result:   {AmountText.Display(explanation.Result)}");
            output.WriteLine();
        }
    }

    public static void WriteJson(IReadOnlyList<StatementLine> lines, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var line in lines)
        {
            var explanation = line.Explain();
            json.WriteStartObject();
            json.WriteString("party", line.Party.Value);
            json.WriteString("element", line.Element.ToSpecName());
            json.WriteString("amount", AmountText.Plain(line.Amount));
            json.WriteString("counterparty", line.Counterparty.Value);
            json.WriteBoolean("on_account", line.OnAccount);
            json.WriteString("reason", line.Reason);
            json.WriteString("rule", explanation.Rule);
            json.WriteString("formula", explanation.Formula);
            json.WriteStartArray("inputs");
            foreach (var input in explanation.Inputs)
            {
                WriteInput(json, input);
            }

            json.WriteEndArray();
            json.WriteStartArray("steps");
            foreach (var step in explanation.Steps)
            {
                json.WriteStartObject();
                json.WriteString("description", step.Description);
                json.WriteString("value", step.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("rounding", explanation.Rounding);
            json.WriteString("result", AmountText.Plain(explanation.Result));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void WriteInput(System.Text.Json.Utf8JsonWriter json, ExplanationInput input)
    {
        json.WriteStartObject();
        json.WriteString("name", input.Name);
        json.WriteString("value", input.Value);
        if (input.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("file", source.File);
            json.WriteString("path", source.Path);
            json.WriteNumber("line", source.Line);
            json.WriteNumber("column", source.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
