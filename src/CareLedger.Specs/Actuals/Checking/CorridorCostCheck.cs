using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>corridors</c>: a year in which the corridor applies (CL008 otherwise), a corridor the contract
/// defines, and a cost and target that are not negative (CL806).
/// </summary>
internal static class CorridorCostCheck
{
    public static void Check(CorridorCostRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var corridor = contract.Corridor(findings, "corridor", row.Corridor);
        var cost = findings.Amount("actual_cost", row.ActualCost, "a cost", required: true);
        var target = findings.Amount("target", row.Target, "a target");
        if (year is null || corridor is null || cost is not { } actualCost)
        {
            return;
        }

        if (!corridor.Years.Includes(year))
        {
            findings.Error("year", DiagnosticCodes.BadPeriod, $"{findings.Where("year")}: the corridor '{corridor.Id}' does not apply in {year.Label}, so there is nothing to settle against.");
        }

        into.Corridors.Add(new CorridorActual(year, corridor.Id, actualCost, target, findings.Source.ToSourceRef()), findings.Source);
    }
}
