using CareLedger.Domain.Actuals;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>risk_reward</c>: a year of the term, an item of the risk/reward account, spend that is not
/// negative (CL806), and a plan wherever the contract states none for an item measured against plan (CL003).
/// </summary>
internal static class RiskSpendCheck
{
    public static void Check(RiskSpendRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var item = contract.Item(findings, "item", row.Item);
        var planned = findings.Amount("planned", row.Planned, "planned spend");
        var actual = findings.Amount("actual", row.Actual, "actual spend", required: true);
        if (year is null || item is null || actual is not { } spend)
        {
            return;
        }

        if (!findings.Has("planned", planned) && item.Measure == RiskMeasure.SpendAgainstPlan && item.Plan is null)
        {
            findings.Missing("planned", DiagnosticCodes.MissingRequired, $"{findings.Name}: 'planned' is required: the contract states no plan for '{item.Id}', so its variance is measured against the plan given here.");
        }

        into.RiskItems.Add(new RiskItemActual(year, item.Id, planned, spend, findings.Source.ToSourceRef()), findings.Source);
    }
}
