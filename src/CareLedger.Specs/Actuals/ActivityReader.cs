using CareLedger.Domain.Actuals;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>activity</c>: planned and actual units for one provider and in-scope service line in a month, quarter
/// or year, with the unit price where a volume mechanism takes it from the actuals (CL003 when such a mechanism
/// covers the row and no price is given). Units, prices and costs cannot be negative (CL806).
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
        var context = record.Context;
        var period = record.Read("period", ActualsScalars.Period, required: true);
        var provider = context.Provider(record, "provider");
        var line = context.ServiceLine(record, "service_line");
        var planned = record.Count("planned", "planned activity", required: true);
        var actual = record.Count("actual", "actual activity", required: true);
        var unitPrice = record.Amount("unit_price", "a unit price");
        var plannedCost = record.Amount("planned_cost", "a planned cost");
        var actualCost = record.Amount("actual_cost", "an actual cost");
        record.Complete();
        if (period is not { } written || provider is not { } party || line is not { } serviceLine || planned is not { } plan || actual is not { } done)
        {
            return;
        }

        if (unitPrice is null && !record.Has("unit_price"))
        {
            var unpriced = context.Contract.Payment.Variable?.Mechanisms.OfType<VolumeMechanism>()
                .FirstOrDefault(mechanism => mechanism.UnitPrice is null && mechanism.Scope.Matches(serviceLine, party));
            if (unpriced is not null)
            {
                record.ErrorAtRecord(
                    DiagnosticCodes.MissingRequired,
                    $"{record.Name}: 'unit_price' is required: the variable mechanism '{unpriced.Id}' ({unpriced.Name}) has no unit price, so it prices {serviceLine} activity at the price in the actuals.");
            }
        }

        into.Activity.Add(new ActivityActual(written.Period, party, serviceLine, plan, done, unitPrice, plannedCost, actualCost, record.Source));
    }
}
