using CareLedger.Domain.SharedSavings;

namespace CareLedger.Specs.Actuals;

/// <summary>Reads <c>corridors</c>: a year's actual cost under a risk corridor, and optionally the target.</summary>
internal static class CorridorCostReader
{
    public static ActualsSection Section { get; } = new(
        "corridors",
        ["year", "corridor", "actual_cost", "target"],
        ["year", "corridor", "actual_cost"],
        ["corridor"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var row = new CorridorCostRow(
            record.Text("year", required: true),
            record.Id<RiskCorridorTerms>("corridor"),
            record.Amount("actual_cost", required: true),
            record.Amount("target")) { Source = record.Source };
        record.Complete();
        into.CorridorCosts.Add(row);
    }
}
