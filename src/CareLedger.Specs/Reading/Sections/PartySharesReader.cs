using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads a list of <c>{ party, share }</c> (participants, band shares). An entry whose party cannot be read is left out.</summary>
internal static class PartySharesReader
{
    public static IReadOnlyList<PartyShare> Read(IEnumerable<YamlMap> entries)
    {
        var shares = new List<PartyShare>();
        foreach (var map in entries)
        {
            var party = map.Required("party", Scalars.Id<Party>());
            var share = map.Required("share", Scalars.Proportion) ?? Share.Zero;
            map.Complete();
            if (party is not { } partyId)
            {
                continue;
            }

            var partyShare = new PartyShare(partyId, share, map.Source);
            map.Locate(partyShare);
            shares.Add(partyShare);
        }

        return shares;
    }
}
