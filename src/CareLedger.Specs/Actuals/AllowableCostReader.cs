using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>allowable_costs</c>: the allowable cost a provider paid directly under the contract reports for a period
/// (checked by <see cref="Checking.AllowableCostCheck"/>).
/// </summary>
internal static class AllowableCostReader
{
    public static ActualsSection Section { get; } = new(
        "allowable_costs",
        ["period", "provider", "service_line", "allowable_cost", "evidence"],
        ["period", "provider", "allowable_cost"],
        ["allowable_cost"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var row = new AllowableCostRow(
            record.Text("period", required: true),
            record.Id<Party>("provider"),
            record.Id<ServiceLine>("service_line", required: false),
            record.Amount("allowable_cost", required: true),
            record.Text("evidence")) { Source = record.Source };
        record.Complete();
        into.AllowableCosts.Add(row);
    }
}
