using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// Adds a risk/reward item at the end of <c>risk_reward.items</c>. A new item has not been through the gateway, so
/// it is written with <c>include: false</c>: it stays in the account and moves no money until the members include it.
/// </summary>
public sealed record NewRiskItemEdit(
    string ItemId,
    string Name,
    string Measure,
    IReadOnlyList<string> ServiceLines,
    IReadOnlyList<string> Providers,
    IReadOnlyList<KeyValuePair<string, string>> Participants) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices)
    {
        if (YamlTextLayout.Child(YamlTextLayout.Child(layout.Root, "risk_reward") as YamlMappingNode, "items") is not YamlSequenceNode items)
        {
            return new RequestProblem("item", "This contract has no risk/reward items written as a list, so this form cannot add one. Download the YAML, add a risk_reward section there and upload it.");
        }

        if (YamlTextLayout.ItemWith(items, ItemId) is not null)
        {
            return new RequestProblem("id", $"There is already a risk/reward item '{ItemId}'. Choose another id, or change that item instead.");
        }

        var entries = new List<KeyValuePair<string, string>>
        {
            new("id", YamlScalarText.Format(ItemId, inFlow: false)),
            new("name", YamlScalarText.Format(Name, inFlow: false)),
            new("measure", YamlScalarText.Format(Measure, inFlow: false)),
        };
        if (ServiceLines.Count > 0)
        {
            entries.Add(new("service_lines", YamlTextLayout.FlowList(ServiceLines)));
        }

        if (Providers.Count > 0)
        {
            entries.Add(new("providers", YamlTextLayout.FlowList(Providers)));
        }

        entries.Add(new("include", "false"));
        var participants = Participants.Select(participant => YamlTextLayout.FlowMapping(
        [
            new("party", YamlScalarText.Format(participant.Key, inFlow: true)),
            new("share", YamlScalarText.Format(participant.Value, inFlow: true)),
        ]));
        entries.Add(new("participants", "[" + string.Join(", ", participants) + "]"));
        splices.Add(layout.AppendItem(items, entries));
        return null;
    }
}
