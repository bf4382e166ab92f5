using CareLedger.Domain.Actuals;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>risk_reward</c>: a year's actual spend on a risk/reward item, and its plan where the contract does not
/// state one (then <c>planned</c> is required, CL003). Spend cannot be negative (CL806).
/// </summary>
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
        var context = record.Context;
        var year = record.Read("year", ActualsScalars.Year, required: true);
        var item = context.Item(record, "item");
        var planned = record.Amount("planned", "planned spend");
        var actual = record.Amount("actual", "actual spend", required: true);
        record.Complete();
        if (year is not { } written || item is null || actual is not { } spend)
        {
            return;
        }

        if (planned is null && !record.Has("planned") && item.Measure == RiskMeasure.SpendAgainstPlan && item.Plan is null)
        {
            record.ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{record.Name}: 'planned' is required: the contract states no plan for '{item.Id}', so its variance is measured against the plan given here.");
        }

        into.RiskItems.Add(new RiskItemActual(written.Year, item.Id, planned, spend, record.Source));
    }
}
