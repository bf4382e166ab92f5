using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// Changes a risk/reward item: its name, the gateway's three answers (null leaves an answer as written) and whether
/// the members include it in sharing. Including an item that has not passed the gateway is refused by validation.
/// </summary>
public sealed record RiskItemEdit(string ItemId, string Name, GatewayAnswers Gateway, bool Include) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices)
    {
        var items = YamlTextLayout.Child(YamlTextLayout.Child(layout.Root, "risk_reward") as YamlMappingNode, "items");
        if (YamlTextLayout.ItemWith(items, ItemId) is not { } item)
        {
            return new RequestProblem("item", $"This version of the contract has no risk/reward item '{ItemId}'. Reload the page to edit the current version.");
        }

        var problem = Add(splices, layout.SetScalar(item, "name", Name), "name", $"The name of item '{ItemId}'")
            ?? Add(splices, layout.SetScalar(item, "include", Include ? "true" : "false"), "include", $"Whether item '{ItemId}' is included");
        if (problem is not null)
        {
            return problem;
        }

        var answers = Gateway.Written().ToArray();
        if (answers.Length == 0)
        {
            return null;
        }

        if (YamlTextLayout.Child(item, "gateway") is not YamlMappingNode gateway)
        {
            // No gateway written yet: add it, on one line, with the answers given.
            splices.Add(layout.SetFlowMapping(item, "gateway", answers));
            return null;
        }

        foreach (var (question, answer) in answers)
        {
            if (Add(splices, layout.SetScalar(gateway, question, answer), question, $"The gateway answer '{question}' of item '{ItemId}'") is { } refused)
            {
                return refused;
            }
        }

        return null;
    }
}
