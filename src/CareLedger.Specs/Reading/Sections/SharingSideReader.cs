using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads an item's <c>gain</c> or <c>loss</c> side. Absent, or without <c>bands</c>, the side is one band from
/// zero shared in the participants' shares; a band without <c>shares</c> uses them too. Band edges are read in the
/// side's unit: amounts for <c>money</c> (held as the amount), percentages for <c>percent-of-plan</c> (held as
/// the percent figure, 2 for 2%, as <see cref="Percentage.Value"/> is).
/// </summary>
internal static class SharingSideReader
{
    public static SharingSide Read(YamlMap item, string key, IReadOnlyList<PartyShare> participants)
    {
        var map = item.Map(key);
        if (map is null)
        {
            return new SharingSide(true, BandUnit.Money, [WholeBand(participants)], []);
        }

        var enabled = map.ValueOr("enabled", Scalars.YesNo, true);
        var unit = map.ValueOr("unit", Vocabularies.BandUnit.Kind, BandUnit.Money);
        var bands = map.Has("bands")
            ? map.Maps("bands").Select(band => ReadBand(band, unit, participants)).ToArray()
            : [WholeBand(participants)];
        var caps = map.Maps("caps").Select(ReadCap).OfType<ParticipantCap>().ToArray();
        map.Complete();
        var side = new SharingSide(enabled, unit, bands, caps);
        map.Locate(side);
        return side;
    }

    private static SharingBand WholeBand(IReadOnlyList<PartyShare> participants) => new(0m, null, participants);

    private static SharingBand ReadBand(YamlMap map, BandUnit unit, IReadOnlyList<PartyShare> participants)
    {
        var from = Edge(map, "from", unit, required: true) ?? 0m;
        var to = Edge(map, "to", unit, required: false);
        var shares = map.Has("shares") ? PartySharesReader.Read(map.Maps("shares")) : participants;
        map.Complete();
        var band = new SharingBand(from, to, shares, map.Source);
        map.Locate(band);
        return band;
    }

    private static decimal? Edge(YamlMap map, string key, BandUnit unit, bool required) => unit == BandUnit.Money
        ? (required ? map.Required(key, Scalars.Amount) : map.Optional(key, Scalars.Amount))?.Amount
        : (required ? map.Required(key, Scalars.Rate) : map.Optional(key, Scalars.Rate))?.Value;

    private static ParticipantCap? ReadCap(YamlMap map)
    {
        var party = map.Required("party", Scalars.Id<Party>());
        var limit = map.Limit("cap", required: true);
        map.Complete();
        if (party is not { } partyId || limit is null)
        {
            return null;
        }

        var cap = new ParticipantCap(partyId, limit, map.Source);
        map.Locate(cap);
        return cap;
    }
}
