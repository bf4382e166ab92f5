using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>The derivation of statement lines: rule, formula in words, inputs with sources, steps, rounding.</summary>
internal static class ExplanationRenderer
{
    public static void WriteText(PeriodSettlement settlement, IReadOnlyList<StatementLine> lines, TextWriter output)
    {
        foreach (var line in lines)
        {
            var explanation = line.Explanation;
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
}
