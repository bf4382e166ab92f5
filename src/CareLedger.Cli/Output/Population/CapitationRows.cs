using System.Globalization;
using CareLedger.Analytics.Capitation;

namespace CareLedger.Cli.Output.Population;

/// <summary>
/// A place's capitation as rows of text, the one source of the CSV and the workbook's sheets: one row per component,
/// or one per practice. Heads are the file's figures summed exactly; ratios are statistics written to six decimal
/// places (half away from zero); money is to the penny.
/// </summary>
internal static class CapitationRows
{
    private static readonly string?[] ComponentHeader = ["component", "column", "registered", "weighted", "per_head", "index_vs_icb", "index_vs_england", "icb_weighted", "england_weighted"];

    private static readonly string?[] PracticeHeader = ["practice", "name", "file_row", "icb", "lad", "pcn", "registered", "weighted", "per_head", "fair_share"];

    private static readonly string?[] NeedIndexNote = ["need index", "(place weighted ÷ place registered) ÷ (reference weighted ÷ reference registered); the reference is the place's ICB(s), or the whole file for England."];

    public static IReadOnlyList<string?[]> Components(PlaceCapitation result)
    {
        var rows = new List<string?[]> { ComponentHeader };
        rows.AddRange(result.Lines.Select(line => new[]
        {
            line.Component.Id, line.Component.Column, Heads(result.Totals.Registered), Heads(line.Weighted), Ratio(line.PerHead), Ratio(line.IndexVsIcb), Ratio(line.IndexVsEngland),
            Heads(result.Icb.WeightedFor(line.Component)), Heads(result.England.WeightedFor(line.Component)),
        }));
        return rows;
    }

    public static IReadOnlyList<string?[]> Practices(PlaceCapitation result, CapitationComponent component)
    {
        var shares = result.FairShare?.PracticeShares.ToDictionary(share => share.Practice.Code, share => share.Share, StringComparer.Ordinal);
        var rows = new List<string?[]> { PracticeHeader };
        rows.AddRange(result.Practices.Select(practice => new[]
        {
            practice.Code, practice.Name, practice.Row.ToString(CultureInfo.InvariantCulture), practice.Codes.Icb, practice.Codes.Lad, practice.Codes.Pcn,
            Heads(practice.Registered), Heads(practice.WeightedFor(component)), Ratio(practice.Registered == 0m ? 0m : practice.WeightedFor(component) / practice.Registered),
            shares is not null && shares.TryGetValue(practice.Code, out var share) ? Money(share.Amount) : null,
        }));
        return rows;
    }

    public static IReadOnlyList<string?[]> About(PlaceCapitation result, CapitationComponent component)
    {
        var rows = new List<string?[]>
        {
            new[] { "file", result.FileName },
            new[] { "place", result.Place.Describe() },
            new[] { "practices", result.Totals.Practices.ToString(CultureInfo.InvariantCulture) },
            new[] { "icb", string.Join(" + ", result.Icbs.Select(icb => $"{icb.Code} {icb.Name}")) },
            NeedIndexNote,
        };
        if (result.FairShare is { } share)
        {
            rows.Add(["fair share", $"The ICB budget {Money(share.IcbBudget.Amount)} split over every practice of the ICB(s) by '{component.Column}', to the penny by the largest-remainder rule; the place's target is the sum of its practices' shares."]);
            rows.Add(["target", Money(share.Target.Amount)]);
            if (share.Current is { } current)
            {
                rows.Add(["current", Money(current.Amount)]);
                rows.Add(["distance", Money(share.Distance!.Value.Amount)]);
                rows.Add(["distance_percent", share.DistancePercent?.ToString("0.00", CultureInfo.InvariantCulture)]);
            }
        }

        rows.AddRange(result.Warnings.Select(warning => new[] { "warning", warning.ToString() }));
        return rows;
    }

    public static string Heads(decimal heads) => heads.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Ratio(decimal ratio) => decimal.Round(ratio, 6, MidpointRounding.AwayFromZero).ToString("0.000000", CultureInfo.InvariantCulture);

    public static string Money(decimal pounds) => pounds.ToString("0.00", CultureInfo.InvariantCulture);
}
