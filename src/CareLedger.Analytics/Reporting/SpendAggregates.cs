using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Reporting;

/// <summary>
/// Keeps the store's aggregates of activity — spend per patient and spend by provider × point of delivery × service
/// line — in step with its rows. Every import and re-costing rebuilds them inside its own transaction, so they are
/// never stale; reports of those views, the totals line and the top-x% cohort then read thousands of rows instead of
/// scanning every activity row again (docs/performance.md). The sums are exact DECIMAL, as in <c>activity</c>.
/// </summary>
internal static class SpendAggregates
{
    private const string RefreshSql = """
        DELETE FROM patient_spend;
        INSERT INTO patient_spend
        SELECT patient_id, count(*), coalesce(sum(units), 0), count(*) FILTER (WHERE costing = 'not-attended'), CAST(sum(cost) AS DECIMAL(38,4))
        FROM activity GROUP BY patient_id;
        DELETE FROM provider_pod_spend;
        INSERT INTO provider_pod_spend
        SELECT provider, pod, service_line, count(*), coalesce(sum(units), 0), count(DISTINCT patient_id),
               count(*) FILTER (WHERE costing = 'not-attended'), CAST(sum(cost) AS DECIMAL(38,4))
        FROM activity GROUP BY provider, pod, service_line;
        """;

    public static void Refresh(ActivityStore store) => store.Execute(RefreshSql);

    /// <summary>
    /// Builds the aggregates of a store written before they were kept (rows but no aggregates); a no-op otherwise.
    /// Counting a table's rows reads DuckDB's metadata, not the rows.
    /// </summary>
    public static void BuildIfMissing(ActivityStore store)
    {
        if (store.Scalar<long>("SELECT count(*) FROM patient_spend") == 0 && store.Scalar<long>("SELECT count(*) FROM activity") > 0)
        {
            Refresh(store);
        }
    }
}
