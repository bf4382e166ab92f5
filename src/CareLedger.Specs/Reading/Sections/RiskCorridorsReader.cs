using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>risk_corridors</c>: bands of actual cost as a percentage of target, each with the payer's share.
/// The target defaults to the entity's contract value (null) and the years to every year.
/// </summary>
internal static class RiskCorridorsReader
{
    public static IReadOnlyList<RiskCorridorTerms> Read(YamlMap root)
    {
        var corridors = new List<RiskCorridorTerms>();
        foreach (var map in root.Maps("risk_corridors"))
        {
            var id = map.Required("id", Scalars.Id<RiskCorridorTerms>());
            var name = map.Text("name", required: true) ?? string.Empty;
            var entity = map.Required("entity", Scalars.Id<Party>()) ?? default;
            var payer = map.Required("payer", Scalars.Id<Party>()) ?? default;
            var target = map.ByYear("target", Scalars.Amount);
            var bands = map.Maps("bands", required: true).Select(ReadBand).ToArray();
            var years = map.Years();
            map.Complete();
            if (id is not { } corridorId)
            {
                continue;
            }

            var corridor = new RiskCorridorTerms(corridorId, name, entity, payer, target, bands, years, map.Source);
            map.Locate(corridor);
            corridors.Add(corridor);
        }

        return corridors;
    }

    private static CorridorBand ReadBand(YamlMap map)
    {
        var from = map.Required("from", Scalars.Rate) ?? Percentage.Zero;
        var to = map.Optional("to", Scalars.Rate);
        var payerShare = map.Required("payer_share", Scalars.Proportion) ?? Share.Zero;
        map.Complete();
        var band = new CorridorBand(from, to, payerShare, map.Source);
        map.Locate(band);
        return band;
    }
}
