using CareLedger.Domain.Actuals;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>provider_costs</c>: what it cost a party paid under the contract (a prime, for a fixed-element surplus;
/// every such party, for a whole-contract item) to deliver it in a year. A cost cannot be negative (CL806).
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
        var context = record.Context;
        var year = record.Read("year", ActualsScalars.Year, required: true);
        var party = context.Payee(record, "party");
        var cost = record.Amount("actual_cost", "a cost", required: true);
        record.Complete();
        if (year is { } written && party is { } payee && cost is { } actualCost)
        {
            into.ProviderCosts.Add(new ProviderCostActual(written.Year, payee, actualCost, record.Source));
        }
    }
}
