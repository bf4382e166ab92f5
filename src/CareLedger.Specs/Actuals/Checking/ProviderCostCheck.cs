using CareLedger.Domain.Actuals;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>provider_costs</c>: a year of the term, a party paid directly under the contract (a
/// sub-contractor's cost belongs to its prime) and a cost that is not negative (CL806).
/// </summary>
internal static class ProviderCostCheck
{
    public static void Check(ProviderCostRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var party = contract.Payee(findings, "party", row.Party);
        var cost = findings.Amount("actual_cost", row.ActualCost, "a cost", required: true);
        if (year is not null && party is { } payee && cost is { } actualCost)
        {
            into.ProviderCosts.Add(new ProviderCostActual(year, payee, actualCost, findings.Source.ToSourceRef()), findings.Source);
        }
    }
}
