using System.Globalization;
using System.Text;

namespace CareLedger.Benchmarks;

/// <summary>
/// The text of a valid contract file with a great many service lines spread over four providers, for measuring what
/// printing a budget costs: one row per service line in every year's tables. Amounts are fixed, so every run prints
/// the same.
/// </summary>
public static class ManyLinesContract
{
    public static string Yaml(int serviceLines, int years = 3)
    {
        var text = new StringBuilder();
        text.AppendLine("careledger: 1")
            .AppendLine("contract:")
            .AppendLine("  id: many-lines")
            .AppendLine("  name: A contract with many service lines")
            .AppendLine("  model: alliance")
            .AppendLine(CultureInfo.InvariantCulture, $"  term: {{ start: 2016-04, years: {years} }}")
            .AppendLine("parties:")
            .AppendLine("  - { id: ccg, name: The CCG, roles: [commissioner] }");
        for (var provider = 0; provider < 4; provider++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: provider-{provider}, name: Provider {provider}, roles: [provider] }}");
        }

        text.AppendLine("service_lines:");
        for (var line = 0; line < serviceLines; line++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: line-{line}, name: Service line {line} of a large pathway }}");
        }

        text.AppendLine("baseline:").AppendLine("  spend:");
        for (var line = 0; line < serviceLines; line++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    - {{ service_line: line-{line}, provider: provider-{line % 4}, amount: £{1_000_000 + (line * 1_000)}.00, basis: block-estimate }}");
        }

        return text.AppendLine("adjustments:")
            .AppendLine("  - { kind: inflation, name: Inflation, rate: 2.1% }")
            .AppendLine("payment:")
            .AppendLine("  fixed: { instalments: monthly }")
            .ToString();
    }
}
