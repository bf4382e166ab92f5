using System.Globalization;
using System.Text;

namespace CareLedger.Analytics.Contracts;

/// <summary>
/// Writes a generated baseline as the contract file's <c>baseline</c> section (docs/contract-spec.md), ready to paste
/// into a contract. Ids and amounts are the only values written, and both are plain (a slug, a number with two
/// decimals), so no YAML quoting is needed; the description and notes say where the figures came from.
/// </summary>
public static class BaselineYaml
{
    public static string Write(GeneratedBaseline baseline, string workspace)
    {
        var text = new StringBuilder();
        text.Append("# From 'careledger activity baseline --year ").Append(baseline.Year.Label).Append("' on workspace ").Append(workspace)
            .Append(": spend = Σ units × unit cost per row, each total rounded to the penny (half away from zero).\n");
        text.Append("baseline:\n");
        text.Append("  base_year: ").Append(baseline.Year.Label).Append('\n');
        text.Append("  description: Activity x tariff from patient-level activity, priced from ").Append(Plain(baseline.PriceList)).Append('\n');
        text.Append("  spend:\n");
        foreach (var entry in baseline.Entries)
        {
            text.Append("    - service_line: ").Append(entry.ServiceLine).Append('\n');
            text.Append("      provider: ").Append(entry.Provider).Append('\n');
            text.Append("      amount: ").Append(entry.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("      basis: activity-x-tariff\n");
            text.Append("      note: ").Append(entry.Records.ToString(CultureInfo.InvariantCulture)).Append(" records, ")
                .Append(entry.Units.ToString(CultureInfo.InvariantCulture)).Append(" units in ").Append(baseline.Year.Label).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A file name as plain YAML text: characters YAML gives meaning to are dropped.</summary>
    private static string Plain(string name) => new(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ' ').ToArray());
}
