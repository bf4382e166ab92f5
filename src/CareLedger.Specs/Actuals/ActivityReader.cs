using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>activity</c>: planned and actual units for one provider and service line in a month, quarter or year,
/// with the unit price and costs where given (checked by <see cref="Checking.ActivityCheck"/>).
/// </summary>
internal static class ActivityReader
{
    public static ActualsSection Section { get; } = new(
        "activity",
        ["period", "provider", "service_line", "planned", "actual", "unit_price", "planned_cost", "actual_cost"],
        ["period", "provider", "service_line", "planned", "actual"],
        ["planned", "actual", "service_line"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var row = new ActivityRow(
            record.Text("period", required: true),
            record.Id<Party>("provider"),
            record.Id<ServiceLine>("service_line"),
            record.Number("planned", required: true),
            record.Number("actual", required: true),
            record.Amount("unit_price"),
            record.Amount("planned_cost"),
            record.Amount("actual_cost")) { Source = record.Source };
        record.Complete();
        into.Activity.Add(row);
    }
}
