using System.Globalization;
using System.Text;
using CareLedger.Specs.Templates;

namespace CareLedger.TestSupport.Databases;

/// <summary>
/// A contract big enough for a million distinct rows of activity, and activity for it: the Bedfordshire prime
/// contract (five years, sixty months) with <c>providers</c> more sub-contractors and <c>lines</c> more service lines,
/// so each month, provider and line is a row of its own. Figures follow a fixed pattern, near plan, so every run
/// imports the same bytes and no row is far enough from plan to warn.
/// </summary>
public static class LargeActuals
{
    public const string Template = "bedfordshire-msk-prime";

    public const int Providers = 200;

    public const int Lines = 84;

    private const int Months = 60;

    /// <summary>The most rows <see cref="WriteActivityCsv"/> can write without repeating one: 1,008,000.</summary>
    public const int MostRows = Providers * Lines * Months;

    public static string ContractYaml()
    {
        var yaml = TemplateCatalog.Find(Template)!.Yaml;
        var parties = new StringBuilder();
        for (var provider = 0; provider < Providers; provider++)
        {
            parties.Append(CultureInfo.InvariantCulture, $"  - {{ id: provider-{provider}, name: Provider {provider}, roles: [sub-contractor], prime: circle }}\n");
        }

        var lines = new StringBuilder();
        for (var line = 0; line < Lines; line++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"  - {{ id: line-{line}, name: Service line {line} }}\n");
        }

        return yaml.Replace("\nparties:\n", "\nparties:\n" + parties, StringComparison.Ordinal)
            .Replace("\nservice_lines:\n", "\nservice_lines:\n" + lines, StringComparison.Ordinal);
    }

    /// <summary>Writes an activity table of <paramref name="rows"/> rows (at most <see cref="MostRows"/>) to <paramref name="path"/>.</summary>
    public static void WriteActivityCsv(string path, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, MostRows);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("period,provider,service_line,planned,actual\n");
        for (var index = 0; index < rows; index++)
        {
            var month = index % Months;
            var line = index / Months % Lines;
            var provider = index / (Months * Lines);
            var planned = 100 + (index % 50);
            var actual = planned + (index % 7) - 3;
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{2014 + (month / 12)}/{(15 + (month / 12)) % 100:00}-M{(month % 12) + 1:00},provider-{provider},line-{line},{planned},{actual}\n"));
        }
    }
}
