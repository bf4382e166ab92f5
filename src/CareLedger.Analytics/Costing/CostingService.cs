using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Costing;

/// <summary>
/// Prices a workspace's activity: loads a price list (replacing the one there) and re-costs every row with it, in one
/// transaction, and summarises how the rows are costed.
/// </summary>
public sealed class CostingService(TimeProvider clock)
{
    /// <summary>Loads <paramref name="priceList"/> and re-costs every row; on any problem nothing changes.</summary>
    public ImportOutcome Reprice(ActivityStore store, ImportFile priceList)
    {
        using var transaction = store.Connection.BeginTransaction();
        var problems = Load(store, priceList);
        if (problems.Count > 0)
        {
            transaction.Rollback();
            return ImportOutcome.Rejected(problems, problems.Count, []);
        }

        var missing = PodsWithoutPrices(store, "activity");
        if (missing.Count > 0)
        {
            transaction.Rollback();
            return ImportOutcome.Rejected(missing.Select(pod => NoPriceFor(priceList.DisplayName, pod)).ToList(), missing.Count, []);
        }

        store.Execute($"""
            UPDATE activity SET unit_cost = c.unit_cost, cost = activity.units * c.unit_cost, costing = c.costing
            FROM (SELECT a.rowid AS id, {CostingSql.UnitCost("a")} AS unit_cost, {CostingSql.Basis("a")} AS costing FROM activity a {CostingSql.Joins("a")}) c
            WHERE activity.rowid = c.id
            """);
        SpendAggregates.Refresh(store);
        transaction.Commit();
        return new ImportOutcome([], Summarise(store), [], 0, []);
    }

    internal IReadOnlyList<ImportProblem> Load(ActivityStore store, ImportFile priceList)
    {
        if (!File.Exists(priceList.Path))
        {
            return [new ImportProblem(priceList.DisplayName, null, null, null, "does not exist or cannot be read")];
        }

        var fingerprint = FileFingerprint.Of(priceList.Path);
        var problems = new PriceListLoader(store).Load(priceList.Path, priceList.DisplayName, fingerprint, clock.GetUtcNow());
        if (problems.Count == 0)
        {
            new FallbackCosts(store).Refresh();
        }

        return problems;
    }

    /// <summary>Points of delivery the rows of <paramref name="table"/> use that the price list gives no price for at all.</summary>
    internal static List<string> PodsWithoutPrices(ActivityStore store, string table)
    {
        using var command = store.Command($"SELECT DISTINCT pod FROM {table} WHERE pod NOT IN (SELECT pod FROM fallback_costs) ORDER BY pod");
        using var reader = command.ExecuteReader();
        var pods = new List<string>();
        while (reader.Read())
        {
            pods.Add(reader.GetString(0));
        }

        return pods;
    }

    internal static ImportProblem NoPriceFor(string priceList, string pod) =>
        new(priceList, null, "pod", pod, "has no prices in the price list, so its rows cannot be costed: add prices for this point of delivery");

    public static CostingSummary Summarise(ActivityStore store)
    {
        var name = store.Scalar<string>("SELECT name FROM price_list LIMIT 1") ?? "(none)";
        long matchedRows = 0, fallbackRows = 0, notAttendedRows = 0;
        decimal matchedCost = 0, fallbackCost = 0;
        using (var command = store.Command("SELECT costing, count(*), CAST(coalesce(sum(cost), 0) AS DECIMAL(38,4)) FROM activity GROUP BY costing"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var rows = reader.GetInt64(1);
                var cost = reader.GetDecimal(2);
                var basis = reader.GetString(0);
                if (basis == "tariff")
                {
                    (matchedRows, matchedCost) = (rows, cost);
                }
                else if (basis == "not-attended")
                {
                    // Costs nothing by the rule, so there is no cost to keep.
                    notAttendedRows = rows;
                }
                else
                {
                    (fallbackRows, fallbackCost) = (rows, cost);
                }
            }
        }

        return new CostingSummary(name, matchedRows + fallbackRows + notAttendedRows, matchedRows, matchedCost, fallbackRows, fallbackCost, new FallbackCosts(store).Read(), notAttendedRows);
    }
}
