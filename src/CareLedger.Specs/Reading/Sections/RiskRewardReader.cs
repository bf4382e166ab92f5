using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>risk_reward</c>: the account's items and the suspension clause. Absent, the account is empty.</summary>
internal static class RiskRewardReader
{
    public static RiskRewardAccount Read(YamlMap root)
    {
        var map = root.Map("risk_reward");
        if (map is null)
        {
            return new RiskRewardAccount([], null);
        }

        var items = map.Maps("items").Select(RiskItemReader.Read).OfType<RiskRewardItem>().ToArray();
        var suspension = map.Map("suspension") is { } suspensionMap ? ReadSuspension(suspensionMap) : null;
        map.Complete();
        var account = new RiskRewardAccount(items, suspension);
        map.Locate(account);
        return account;
    }

    private static SuspensionClause ReadSuspension(YamlMap map)
    {
        var definition = map.Text("definition", required: true) ?? string.Empty;
        var decidedBy = map.Required("decided_by", Vocabularies.SuspensionDecision.Kind) ?? SuspensionDecision.Unanimous;
        var perItem = map.ValueOr("per_item", Scalars.YesNo, false);
        map.Complete();
        var clause = new SuspensionClause(definition, decidedBy, perItem, map.Source);
        map.Locate(clause);
        return clause;
    }
}
