using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using CareLedger.Specs.Validation;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>activity</c>: a period of the term, a provider paid under the contract, an in-scope service
/// line, units, prices and costs that are not negative (CL806) nor beyond their limits (CL302), units worth no more
/// than the largest amount at the price they are paid at (CL302), and a unit price wherever a volume mechanism
/// without one covers the row (CL003), since that mechanism prices activity at the price in the actuals. Activity far
/// outside its plan (<see cref="FarFromPlan"/>) is a warning at the actual (CL808): it may be true, but is often a slip.
/// </summary>
internal static class ActivityCheck
{
    public static void Check(ActivityRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var period = findings.Period("period", row.Period);
        var provider = contract.Provider(findings, "provider", row.Provider);
        var line = contract.ServiceLine(findings, "service_line", row.ServiceLine);
        var planned = findings.Count("planned", row.Planned, "planned activity", required: true);
        var actual = findings.Count("actual", row.Actual, "actual activity", required: true);
        var unitPrice = findings.Amount("unit_price", row.UnitPrice, "a unit price");
        var plannedCost = findings.Amount("planned_cost", row.PlannedCost, "a planned cost");
        var actualCost = findings.Amount("actual_cost", row.ActualCost, "an actual cost");
        if (period is null || provider is not { } party || line is not { } serviceLine || planned is not { } plan || actual is not { } done)
        {
            return;
        }

        if (!findings.Has("unit_price", unitPrice))
        {
            var unpriced = contract.VolumeMechanisms(serviceLine, party).FirstOrDefault(mechanism => mechanism.UnitPrice is null);
            if (unpriced is not null)
            {
                findings.Missing(
                    "unit_price",
                    DiagnosticCodes.MissingRequired,
                    $"{findings.Name}: 'unit_price' is required: the variable mechanism '{unpriced.Id}' ({unpriced.Name}) has no unit price, so it prices {serviceLine} activity at the price in the actuals.");
            }
        }

        if (!WorthNoMoreThanTheLimit(findings, contract, serviceLine, party, plan, done, unitPrice))
        {
            return;
        }

        if (plan >= 0m && done >= 0m && FarFromPlan.Applies(plan, done))
        {
            findings.Warning(
                "actual",
                DiagnosticCodes.FarFromPlan,
                $"{findings.Where("actual")}: {FarFromPlan.Describe(plan, done)}, {FarFromPlan.Threshold}; check it for a slip (a digit typed twice, a year's figure in a month). "
                + "It is settled as reported, paid on account within the year's cap and collar.");
        }

        into.Activity.Add(new ActivityActual(period, party, serviceLine, plan, done, unitPrice, plannedCost, actualCost, findings.Source.ToSourceRef()), findings.Source);
    }

    // Units are priced at the row's unit price or at a mechanism's own; either way the value of a row is held within
    // the largest amount, so the payments computed from it stay within exact arithmetic.
    private static bool WorthNoMoreThanTheLimit(RowFindings findings, ContractReferences contract, Id<ServiceLine> line, Id<Party> provider, decimal planned, decimal actual, Money? unitPrice)
    {
        var (field, units) = actual >= planned ? ("actual", actual) : ("planned", planned);
        var mechanisms = contract.VolumeMechanisms(line, provider);
        for (var index = 0; index <= mechanisms.Count; index++)
        {
            if ((index < mechanisms.Count ? mechanisms[index].UnitPrice : unitPrice) is not { } price)
            {
                continue;
            }

            var value = units * price.Amount;
            if (value > Limits.Amount)
            {
                findings.Error(
                    field,
                    DiagnosticCodes.Absurd,
                    $"{findings.Where(field)}: {NumberSyntax.Format(units)} units at {price} are worth {new Money(value, price.Currency)}, over 100bn, more than any contract of this kind holds; check the units and the price.");
                return false;
            }
        }

        return true;
    }
}
