using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>corridors</c>: a year's actual cost under a risk corridor, and optionally the target (which then
/// replaces the contract's target or the entity's contract value). Neither can be negative (CL806).
/// </summary>
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
        var context = record.Context;
        var year = record.Read("year", ActualsScalars.Year, required: true);
        var corridor = context.Corridor(record, "corridor");
        var cost = record.Amount("actual_cost", "a cost", required: true);
        var target = record.Amount("target", "a target");
        record.Complete();
        if (year is not { } written || corridor is null || cost is not { } actualCost)
        {
            return;
        }

        if (!corridor.Years.Includes(written.Year))
        {
            record.Error("year", DiagnosticCodes.BadPeriod, $"{record.Where("year")}: the corridor '{corridor.Id}' does not apply in {written.Year.Label}, so there is nothing to settle against.");
        }

        into.Corridors.Add(new CorridorActual(written.Year, corridor.Id, actualCost, target, record.Source));
    }
}
