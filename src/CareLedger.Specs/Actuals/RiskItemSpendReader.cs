using CareLedger.Domain.RiskReward;

namespace CareLedger.Specs.Actuals;

/// <summary>Reads <c>risk_reward</c>: a year's actual spend on a risk/reward item, and its plan where given.</summary>
internal static class RiskItemSpendReader
{
    public static ActualsSection Section { get; } = new(
        "risk_reward",
        ["year", "item", "planned", "actual"],
        ["year", "item", "actual"],
        ["item", "actual"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var row = new RiskSpendRow(
            record.Text("year", required: true),
            record.Id<RiskRewardItem>("item"),
            record.Amount("planned"),
            record.Amount("actual", required: true)) { Source = record.Source };
        record.Complete();
        into.RiskSpend.Add(row);
    }
}
