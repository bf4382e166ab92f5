namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>suspensions</c>: the board's decision to suspend the risk/reward share for a year, for one item or
/// <c>all</c>, with its reason and the date decided (whether the contract allows it is checked by
/// <see cref="Checking.SuspensionCheck"/>).
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
        var row = new SuspensionRow(
            record.Text("year", required: true),
            record.Read("item", ActualsScalars.SuspendedItem, required: true),
            record.Text("reason", required: true),
            record.Read("decided", ActualsScalars.Date)) { Source = record.Source };
        record.Complete();
        into.Suspensions.Add(row);
    }
}
