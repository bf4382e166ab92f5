using CareLedger.Analytics.Reporting;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Contracts;

/// <summary>
/// Builds activity actuals for settlement from a workspace: by provider, service line and contract month of one
/// financial year, with the plan taken from the same month of a plan year (by default the year before).
/// </summary>
public sealed class ActualsGenerator
{
    public IReadOnlyList<ActualsRow> Generate(ActivityStore store, FinancialYear year, FinancialYear planYear)
    {
        var actual = Monthly(store, year);
        var plan = Monthly(store, planYear);
        return actual.Keys.Union(plan.Keys)
            .Order()
            .Select(key =>
            {
                var (units, cost) = actual.GetValueOrDefault(key);
                var (planned, plannedCost) = plan.GetValueOrDefault(key);
                var price = units > 0 ? cost / units : planned > 0 ? plannedCost / planned : 0m;
                return new ActualsRow(year.MonthLabel(key.Month), key.Provider, key.ServiceLine, planned, units, Pennies.Round(price), Pennies.Round(cost));
            })
            .OrderBy(row => row.Period, StringComparer.Ordinal).ThenBy(row => row.Provider, StringComparer.Ordinal).ThenBy(row => row.ServiceLine, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<(string Provider, string ServiceLine, int Month), (long Units, decimal Cost)> Monthly(ActivityStore store, FinancialYear year)
    {
        var rows = new Dictionary<(string, string, int), (long, decimal)>();
        using var command = store.Command(ContractQueries.MonthlyActivity, ("first", year.First.ToDateTime(TimeOnly.MinValue)), ("last", year.Last.ToDateTime(TimeOnly.MinValue)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture))] = (reader.GetInt64(3), reader.GetDecimal(4));
        }

        return rows;
    }
}
