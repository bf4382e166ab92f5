using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>suspensions</c>: the board's decision to suspend the risk/reward share for a year, for one item or
/// <c>all</c>, with its reason. Only valid under the contract's suspension clause (CL805 without one, or for a
/// single item when the clause suspends only the whole share).
/// </summary>
internal static class SuspensionReader
{
    public static ActualsSection Section { get; } = new(
        "suspensions",
        ["year", "item", "reason", "decided"],
        ["year", "item", "reason"],
        ["reason"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var context = record.Context;
        var year = record.Read("year", ActualsScalars.Year, required: true);
        var item = record.Read("item", ActualsScalars.SuspendedItem, required: true);
        var reason = record.Text("reason", required: true);
        var decided = record.Read("decided", ActualsScalars.Date);
        record.Complete();
        if (item is { Item: { } id } && context.FindItem(record, "item", id) is null)
        {
            item = null;
        }

        var clause = context.Contract.RiskReward.Suspension;
        if (clause is null)
        {
            record.ErrorAtRecord(DiagnosticCodes.NoSuspensionClause, $"{record.Name}: the contract has no suspension clause (risk_reward.suspension), so the risk/reward share cannot be suspended.");
        }
        else if (item is { Item: { } single } && !clause.PerItem)
        {
            record.Error("item", DiagnosticCodes.NoSuspensionClause, $"{record.Name}: the contract's suspension clause suspends the whole risk/reward share, not single items (per_item: no); write item: all to suspend '{single}' with the rest.");
        }

        if (year is { } written && item is { } suspended && reason is not null)
        {
            into.Suspensions.Add(new Suspension(written.Year, suspended.Item, reason, decided, record.Source));
        }
    }
}
