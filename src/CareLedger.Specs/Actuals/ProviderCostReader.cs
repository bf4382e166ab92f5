using CareLedger.Domain.Parties;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>provider_costs</c>: what it cost a party paid under the contract (a prime, for a fixed-element surplus;
/// every such party, for a whole-contract item) to deliver it in a year.
/// </summary>
internal static class ProviderCostReader
{
    public static ActualsSection Section { get; } = new(
        "provider_costs",
        ["year", "party", "actual_cost"],
        ["year", "party", "actual_cost"],
        ["actual_cost", "party"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var row = new ProviderCostRow(
            record.Text("year", required: true),
            record.Id<Party>("party"),
            record.Amount("actual_cost", required: true)) { Source = record.Source };
        record.Complete();
        into.ProviderCosts.Add(row);
    }
}
