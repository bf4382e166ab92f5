using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>suspensions</c>: a year of the term, an item of the risk/reward account (or all of them) and
/// a reason; and that the contract has a suspension clause allowing it (CL805 without one, or for a single item when
/// the clause suspends only the whole share).
/// </summary>
internal static class SuspensionCheck
{
    public static void Check(SuspensionRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var item = findings.Required("item", row.Item);
        var reason = findings.Text("reason", row.Reason, required: true, PrintableText.Kind.Paragraph);
        if (item is { Item: { } id } && contract.Item(findings, "item", id) is null)
        {
            item = null;
        }

        var clause = contract.Contract.RiskReward.Suspension;
        if (clause is null)
        {
            findings.ErrorAtRow(DiagnosticCodes.NoSuspensionClause, $"{findings.Name}: the contract has no suspension clause (risk_reward.suspension), so the risk/reward share cannot be suspended.");
        }
        else if (item is { Item: { } single } && !clause.PerItem)
        {
            findings.Error("item", DiagnosticCodes.NoSuspensionClause, $"{findings.Name}: the contract's suspension clause suspends the whole risk/reward share, not single items (per_item: no); write item: all to suspend '{single}' with the rest.");
        }

        if (year is not null && item is { } suspended && reason is not null)
        {
            into.Suspensions.Add(new Suspension(year, suspended.Item, reason, row.Decided, findings.Source.ToSourceRef()), findings.Source);
        }
    }
}
