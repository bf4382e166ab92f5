using CareLedger.Domain.Parties;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>parties</c>: every organisation, its roles, membership and (for a sub-contractor) its prime.</summary>
internal static class PartiesReader
{
    public static IReadOnlyList<Party> Read(YamlMap root)
    {
        var parties = new List<Party>();
        foreach (var map in root.Maps("parties", required: true))
        {
            var id = map.Required("id", Scalars.Id<Party>());
            var name = map.Text("name", required: true) ?? string.Empty;
            var roles = map.List("roles", Vocabularies.Role.Kind, required: true) ?? [];
            var membership = map.Optional("membership", Vocabularies.Membership.Kind);
            var kind = map.Text("kind");
            var prime = map.Optional("prime", Scalars.Id<Party>());
            map.Complete();
            if (id is not { } partyId)
            {
                continue;
            }

            var party = new Party(partyId, name, roles.ToHashSet(), membership, kind, prime);
            map.Locate(party);
            parties.Add(party);
        }

        return parties;
    }
}
