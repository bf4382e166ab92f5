using CareLedger.Analytics.Capitation;

namespace CareLedger.Cli.Output.Population;

/// <summary>The JSON form of a place's capitation: heads and ratios as exact decimals, money as pounds to the penny.</summary>
internal sealed record CapitationDocument(
    string File,
    string Place,
    IReadOnlyList<IcbDocument> Icbs,
    int Practices,
    decimal Registered,
    decimal IcbRegistered,
    decimal EnglandRegistered,
    IReadOnlyList<ComponentDocument> Components,
    FairShareDocument? FairShare,
    IReadOnlyList<PracticeDocument> PracticeList,
    IReadOnlyList<string> Warnings)
{
    public static CapitationDocument Of(PlaceCapitation result, CapitationComponent component)
    {
        var shares = result.FairShare?.PracticeShares.ToDictionary(share => share.Practice.Code, share => share.Share.Amount, StringComparer.Ordinal);
        return new(result.FileName, result.Place.Describe(), [.. result.Icbs.Select(icb => new IcbDocument(icb.Code, icb.Name))], result.Totals.Practices,
            result.Totals.Registered, result.Icb.Registered, result.England.Registered,
            [.. result.Lines.Select(line => new ComponentDocument(line.Component.Id, line.Component.Column, line.Weighted, line.PerHead, line.IndexVsIcb, line.IndexVsEngland))],
            result.FairShare is { } share
                ? new FairShareDocument(share.Component.Id, share.IcbBudget.Amount, share.Target.Amount, share.Current?.Amount, share.Distance?.Amount, share.DistancePercent)
                : null,
            [.. result.Practices.Select(practice => new PracticeDocument(practice.Code, practice.Name, practice.Row, practice.Codes.Icb, practice.Codes.Lad, practice.Codes.Pcn,
                practice.Registered, practice.WeightedFor(component), shares is not null && shares.TryGetValue(practice.Code, out var amount) ? amount : null))],
            [.. result.Warnings.Select(warning => warning.ToString())]);
    }
}

/// <summary>An ICB the place is compared with.</summary>
internal sealed record IcbDocument(string Code, string Name);

/// <summary>One component's figures for the place (<see cref="ComponentLine"/>).</summary>
internal sealed record ComponentDocument(string Id, string Column, decimal Weighted, decimal PerHead, decimal IndexVsIcb, decimal IndexVsEngland);

/// <summary>The place's fair share of the ICB budget and its distance from target.</summary>
internal sealed record FairShareDocument(string Component, decimal IcbBudget, decimal Target, decimal? Current, decimal? Distance, decimal? DistancePercent);

/// <summary>One practice of the place: its file row, codes, heads and fair share.</summary>
internal sealed record PracticeDocument(string Code, string Name, long Row, string Icb, string Lad, string Pcn, decimal Registered, decimal Weighted, decimal? FairShare);
