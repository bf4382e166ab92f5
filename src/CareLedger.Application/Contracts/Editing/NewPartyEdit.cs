using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>Adds a party at the end of <c>parties</c>, laid out like the parties before it.</summary>
public sealed record NewPartyEdit(string PartyId, string Name, IReadOnlyList<string> Roles, string? Membership) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices)
    {
        if (YamlTextLayout.Child(layout.Root, "parties") is not YamlSequenceNode parties)
        {
            return new RequestProblem("parties", "The contract's parties are not written as a list, so this form cannot add one. Download the YAML, add the party there and upload it.");
        }

        if (YamlTextLayout.ItemWith(parties, PartyId) is not null)
        {
            return new RequestProblem("id", $"There is already a party '{PartyId}'. Choose another id, or rename that party instead.");
        }

        var entries = new List<KeyValuePair<string, string>>
        {
            new("id", YamlScalarText.Format(PartyId, inFlow: false)),
            new("name", YamlScalarText.Format(Name, inFlow: false)),
            new("roles", YamlTextLayout.FlowList(Roles)),
        };
        if (!string.IsNullOrWhiteSpace(Membership))
        {
            entries.Add(new("membership", YamlScalarText.Format(Membership, inFlow: false)));
        }

        splices.Add(layout.AppendItem(parties, entries));
        return null;
    }
}
