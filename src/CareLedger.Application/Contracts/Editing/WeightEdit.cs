using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// Sets the weight of one outcome or indicator (<paramref name="Id"/>) of an outcomes framework. Weights must still
/// add up (each outcome's indicators to its weight, all to 100%), so a form sends every weight it changed together.
/// </summary>
public sealed record WeightEdit(string FrameworkId, string Id, string Weight) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices)
    {
        var framework = YamlTextLayout.ItemWith(YamlTextLayout.Child(layout.Root, "outcomes"), FrameworkId);
        var outcomes = YamlTextLayout.Child(framework, "outcomes") as YamlSequenceNode;
        var target = YamlTextLayout.ItemWith(outcomes, Id)
            ?? outcomes?.Children.OfType<YamlMappingNode>().Select(outcome => YamlTextLayout.ItemWith(YamlTextLayout.Child(outcome, "indicators"), Id)).FirstOrDefault(found => found is not null);
        return target is null
            ? new RequestProblem("weight", $"This version of the contract has no outcome or indicator '{Id}' in framework '{FrameworkId}'. Reload the page to edit the current version.")
            : Add(splices, layout.SetScalar(target, "weight", Weight), "weight", $"The weight of '{Id}'");
    }
}
