using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// The values the edit forms show, exactly as written in the YAML (<c>£11m</c> stays <c>£11m</c>), so that a value a
/// user leaves alone is recognised as unchanged and not rewritten.
/// </summary>
public sealed record EditableContract(
    IReadOnlyList<EditableParty> Parties,
    IReadOnlyList<EditableBaselineLine> Baseline,
    IReadOnlyList<EditableWeight> Weights,
    IReadOnlyList<EditableRiskItem> RiskItems)
{
    /// <summary>The values, or null when the text is not YAML with a mapping at the top.</summary>
    public static EditableContract? Read(string text)
    {
        if (YamlTextLayout.TryRead(text) is not { } layout)
        {
            return null;
        }

        var root = layout.Root;
        var parties = Items(YamlTextLayout.Child(root, "parties"))
            .Select(party => new EditableParty(Scalar(party, "id"), Scalar(party, "name"), [.. Texts(YamlTextLayout.Child(party, "roles"))], Scalar(party, "membership")))
            .ToArray();
        var baseline = Items(YamlTextLayout.Child(YamlTextLayout.Child(root, "baseline") as YamlMappingNode, "spend"))
            .Select((line, index) => new EditableBaselineLine(index, Scalar(line, "service_line"), Scalar(line, "provider"), Scalar(line, "amount")))
            .ToArray();
        var weights = new List<EditableWeight>();
        foreach (var framework in Items(YamlTextLayout.Child(root, "outcomes")))
        {
            foreach (var outcome in Items(YamlTextLayout.Child(framework, "outcomes")))
            {
                weights.Add(new EditableWeight(Scalar(framework, "id"), Scalar(outcome, "id"), Scalar(outcome, "name"), Scalar(outcome, "weight"), IsIndicator: false));
                weights.AddRange(Items(YamlTextLayout.Child(outcome, "indicators"))
                    .Select(indicator => new EditableWeight(Scalar(framework, "id"), Scalar(indicator, "id"), Scalar(indicator, "name"), Scalar(indicator, "weight"), IsIndicator: true)));
            }
        }

        var risks = Items(YamlTextLayout.Child(YamlTextLayout.Child(root, "risk_reward") as YamlMappingNode, "items"))
            .Select(item =>
            {
                var gateway = YamlTextLayout.Child(item, "gateway") as YamlMappingNode;
                return new EditableRiskItem(
                    Scalar(item, "id"),
                    Scalar(item, "name"),
                    new GatewayAnswers(Answer(gateway, "material"), Answer(gateway, "collective_responsibility"), Answer(gateway, "jointly_agreed")),
                    Answer(item, "include") ?? false);
            })
            .ToArray();
        return new EditableContract(parties, baseline, weights, risks);
    }

    private static IEnumerable<YamlMappingNode> Items(YamlNode? node) => node is YamlSequenceNode list ? list.Children.OfType<YamlMappingNode>() : [];

    private static string Scalar(YamlMappingNode? mapping, string key) => YamlTextLayout.Child(mapping, key) is YamlScalarNode { Value: { } value } ? value : string.Empty;

    private static IEnumerable<string> Texts(YamlNode? node) => node switch
    {
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(scalar => scalar.Value ?? string.Empty),
        YamlScalarNode { Value: { Length: > 0 } single } => [single],
        _ => [],
    };

    // YAML 1.1 booleans as the contract format reads them (yes/no, true/false); anything else is "not answered".
    private static bool? Answer(YamlMappingNode? mapping, string key) => Scalar(mapping, key).ToUpperInvariant() switch
    {
        "YES" or "TRUE" or "Y" or "ON" => true,
        "NO" or "FALSE" or "N" or "OFF" => false,
        _ => null,
    };
}
