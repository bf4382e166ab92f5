using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Costing;

/// <summary>
/// Works out each point of delivery's <see cref="FallbackCost"/> from the loaded price list and stores it. The
/// division happens here in <see cref="decimal"/>, not in SQL, because DuckDB divides decimals as doubles.
/// </summary>
internal sealed class FallbackCosts(ActivityStore store)
{
    public IReadOnlyList<FallbackCost> Refresh()
    {
        var fallbacks = new List<FallbackCost>();
        using (var command = store.Command("""
            SELECT pod, CAST(sum(CAST(activity AS DECIMAL(38,0)) * unit_cost) AS DECIMAL(38,4)), CAST(sum(activity) AS BIGINT), CAST(count(*) AS INTEGER)
            FROM unit_costs WHERE activity > 0 GROUP BY pod ORDER BY pod
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var activity = reader.GetInt64(2);
                fallbacks.Add(new FallbackCost(reader.GetString(0), FallbackCost.Mean(reader.GetDecimal(1), activity), activity, reader.GetInt32(3)));
            }
        }

        store.Execute("DELETE FROM fallback_costs");
        foreach (var fallback in fallbacks)
        {
            store.Execute("INSERT INTO fallback_costs VALUES ($pod, $cost, $activity, $currencies)",
                ("pod", fallback.Pod), ("cost", fallback.UnitCost), ("activity", fallback.Activity), ("currencies", fallback.Currencies));
        }

        return fallbacks;
    }

    public IReadOnlyList<FallbackCost> Read()
    {
        using var command = store.Command("SELECT pod, unit_cost, activity, currencies FROM fallback_costs ORDER BY pod");
        using var reader = command.ExecuteReader();
        var fallbacks = new List<FallbackCost>();
        while (reader.Read())
        {
            fallbacks.Add(new FallbackCost(reader.GetString(0), reader.GetDecimal(1), reader.GetInt64(2), reader.GetInt32(3)));
        }

        return fallbacks;
    }
}
