using System.Globalization;
using System.Text;
using CareLedger.Analytics.RiskTiers;
using CareLedger.Domain;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// Writes a place's capitation as the contract file's <c>population</c> section (docs/contract-spec.md): the registered
/// population as <c>size</c> and the weighted population as <c>weighted_size</c>, with comments that name every practice
/// behind them (code, file row, registered and weighted heads), so each head traces to a line of the source file.
/// </summary>
/// <remarks>
/// Rounding: <c>size</c> is a whole number of heads, the exact registered sum rounded half away from zero;
/// <c>weighted_size</c> keeps two decimal places, rounded the same way. The file is one year's snapshot, so a growth
/// projection is written only when the caller states one. With <see cref="RiskCohorts"/>, <c>cohorts</c> are the
/// workspace's risk tiers counted among the place's practices' patients, whole people, nothing rounded.
/// </remarks>
public static class PopulationSectionYaml
{
    public static string Write(PlaceCapitation capitation, CapitationComponent component, string asOf, Percentage? growth = null, RiskCohorts? risk = null,
        CapitationBaseline? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(capitation);
        var totals = capitation.Totals;
        var line = capitation.Lines.Single(candidate => candidate.Component == component);
        var text = new StringBuilder();
        text.Append("# From 'careledger population contract' on ").Append(Plain(capitation.FileName)).Append(": ").Append(capitation.Place.Describe())
            .Append(", ").Append(totals.Practices.ToString(CultureInfo.InvariantCulture)).Append(" practices.\n");
        text.Append("# size = Σ registered population (Population column), rounded to whole heads half away from zero;\n");
        text.Append("# weighted_size = Σ '").Append(component.Column).Append("' (").Append(component.Name).Append("), rounded to 2 decimal places.\n");
        text.Append("# Need index (").Append(component.Name).Append("): ").Append(Ratio(line.IndexVsIcb)).Append(" against ICB ")
            .Append(string.Join(" + ", capitation.Icbs.Select(icb => icb.Code))).Append(", ").Append(Ratio(line.IndexVsEngland)).Append(" against England.\n");
        if (capitation.FairShare is { } share)
        {
            text.Append("# Fair share of the ICB budget ").Append(Pounds(share.IcbBudget)).Append(" by weighted capitation: ").Append(Pounds(share.Target)).Append('\n');
            if (share.Distance is { } distance)
            {
                text.Append("# Current budget ").Append(Pounds(share.Current!.Value)).Append(" is ").Append(Pounds(distance.Abs()))
                    .Append(distance.IsNegative ? " below" : " above").Append(" target (").Append(share.DistancePercent?.ToString("0.00", CultureInfo.InvariantCulture)).Append("%).\n");
            }
        }

        foreach (var warning in capitation.Warnings)
        {
            text.Append("# Warning: ").Append(Plain(warning.ToString())).Append('\n');
        }

        text.Append("population:\n");
        text.Append("  description: \"").Append(Quoted($"Registered population of {capitation.Place.Describe()} ({totals.Practices} practices), weighted by NHS England's {component.Name.ToLowerInvariant()} formula")).Append("\"\n");
        text.Append("  basis: registered-list\n");
        text.Append("  size: ").Append(decimal.Round(totals.Registered, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  as_of: ").Append(asOf).Append('\n');
        text.Append("  weighted_size: ").Append(decimal.Round(line.Weighted, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        if (growth is { } rate)
        {
            text.Append("  growth_projection: ").Append(rate.ToString()).Append('\n');
        }

        if (risk is not null)
        {
            WriteCohorts(text, risk);
        }

        var shares = capitation.FairShare?.PracticeShares.ToDictionary(share => share.Practice.Code, share => share.Share, StringComparer.Ordinal);
        text.Append("# Practices (code, file row, registered, weighted").Append(shares is null ? "" : ", fair share").Append("):\n");
        foreach (var practice in capitation.Practices)
        {
            text.Append("#   ").Append(Plain(practice.Code)).Append(" row ").Append(practice.Row.ToString(CultureInfo.InvariantCulture)).Append(": ")
                .Append(Heads(practice.Registered)).Append(", ").Append(Heads(practice.WeightedFor(component)));
            if (shares is not null)
            {
                text.Append(", ").Append(Pounds(shares[practice.Code]));
            }

            text.Append('\n');
        }

        if (baseline is not null)
        {
            WriteBaseline(text, capitation, baseline);
        }

        return text.ToString();
    }

    /// <summary>
    /// The fair share as the contract's one baseline entry. The amount is the target exactly (already whole pence:
    /// the sum of the practices' largest-remainder shares), so nothing is rounded here.
    /// </summary>
    private static void WriteBaseline(StringBuilder text, PlaceCapitation capitation, CapitationBaseline baseline)
    {
        var share = capitation.FairShare ?? throw new ArgumentException("A capitation baseline needs the fair share of a stated ICB budget.", nameof(baseline));
        var icbs = string.Join(" + ", capitation.Icbs.Select(icb => icb.Code));
        text.Append("# Baseline: the place's fair share, the sum of the practices' shares listed above.\n");
        text.Append("baseline:\n");
        text.Append("  description: \"").Append(Quoted($"Weighted-capitation fair share of {capitation.Place.Describe()} in ICB {icbs}'s budget")).Append("\"\n");
        text.Append("  spend:\n");
        text.Append("    - service_line: ").Append(baseline.ServiceLine).Append('\n');
        text.Append("      provider: ").Append(baseline.Provider).Append('\n');
        text.Append("      amount: ").Append(share.Target.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("      basis: weighted-capitation\n");
        text.Append("      note: \"").Append(Quoted($"{Pounds(share.IcbBudget)} for ICB {icbs} shared over its practices by '{share.Component.Column}' ({share.Component.Name}), "
            + $"largest remainder to the penny; sum of the {share.PracticeShares.Count} practices' shares, from {Path.GetFileName(capitation.FileName)}")).Append("\"\n");
    }

    private static void WriteCohorts(StringBuilder text, RiskCohorts risk)
    {
        var scored = risk.ScoredYear.Label;
        text.Append("# Cohorts: risk tiers from 'careledger activity risk' on workspace ").Append(risk.Workspace).Append(" (patients scored on ").Append(scored)
            .Append(" activity for ").Append(risk.ScoredYear.Next.Label).Append("), counted among its ").Append(risk.Scored.ToString(CultureInfo.InvariantCulture))
            .Append(" scored patients registered with these practices.\n");
        text.Append("# The tiers rank the workspace's patients (people with activity), not the registered list, so a cohort's share of size is not its name's percentage.\n");
        text.Append("  cohorts:\n");
        foreach (var cohort in risk.Cohorts)
        {
            text.Append("    - { id: ").Append(cohort.Id).Append(", name: \"").Append(Quoted(cohort.Name)).Append("\", size: ")
                .Append(cohort.Size.ToString(CultureInfo.InvariantCulture)).Append(", description: \"")
                .Append(Quoted($"Patients of these practices in the {cohort.Name.ToLowerInvariant()} among workspace {risk.Workspace}'s patients, by the model fitted on its activity, scored on {scored}"))
                .Append("\" }\n");
        }
    }

    private static string Ratio(decimal ratio) => decimal.Round(ratio, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Heads(decimal heads) => heads.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Pounds(Money amount) => "£" + amount.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Text inside a double-quoted YAML scalar: backslashes and quotes escaped, line breaks as spaces.</summary>
    private static string Quoted(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Text for a comment line: line breaks become spaces so nothing escapes the comment.</summary>
    private static string Plain(string text) => text.ReplaceLineEndings(" ");
}
