using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads one risk/reward item: what is measured on which cells, the gateway answers (unanswered stays null), whether
/// it is included (default no), the participants, and the gain and loss sides.
/// </summary>
internal static class RiskItemReader
{
    public static RiskRewardItem? Read(YamlMap map)
    {
        var id = map.Required("id", Scalars.Id<RiskRewardItem>());
        var name = map.Text("name", required: true) ?? string.Empty;
        var description = map.Text("description");
        var measure = map.Required("measure", Vocabularies.RiskMeasure.Kind) ?? RiskMeasure.SpendAgainstPlan;
        var scope = map.Scope();
        var plan = map.ByYear("plan", Scalars.Amount);
        var gateway = ReadGateway(map);
        var included = map.ValueOr("include", Scalars.YesNo, false);
        var participants = PartySharesReader.Read(map.Maps("participants", required: true));
        var gain = SharingSideReader.Read(map, "gain", participants);
        var loss = SharingSideReader.Read(map, "loss", participants);
        map.Complete();
        if (id is not { } itemId)
        {
            return null;
        }

        var item = new RiskRewardItem(itemId, name, description, measure, scope, plan, gateway, included, participants, gain, loss, map.Source);
        map.Locate(item);
        return item;
    }

    private static GatewayAnswers ReadGateway(YamlMap item)
    {
        var map = item.Map("gateway");
        if (map is null)
        {
            return new GatewayAnswers(null, null, null);
        }

        var material = map.Optional("material", Scalars.YesNo);
        var collective = map.Optional("collective_responsibility", Scalars.YesNo);
        var jointlyAgreed = map.Optional("jointly_agreed", Scalars.YesNo);
        map.Complete();
        var answers = new GatewayAnswers(material, collective, jointlyAgreed);
        map.Locate(answers);
        return answers;
    }
}
