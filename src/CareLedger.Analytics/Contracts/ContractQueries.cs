namespace CareLedger.Analytics.Contracts;

/// <summary>The SQL behind the contract figures built from a store, parameterised by the year's first and last day.</summary>
internal static class ContractQueries
{
    /// <summary>Spend by service line and provider in one financial year (the baseline).</summary>
    public const string BaselineSpend = """
        SELECT service_line, lower(provider), count(*), CAST(sum(units) AS BIGINT), CAST(sum(cost) AS DECIMAL(38,4))
        FROM activity WHERE activity_date BETWEEN $first AND $last
        GROUP BY ALL ORDER BY 1, 2
        """;

    /// <summary>Units and exact cost by provider, service line and calendar month (1-12) in one financial year.</summary>
    public const string MonthlyActivity = """
        SELECT lower(provider), service_line, month(activity_date), CAST(sum(units) AS BIGINT), CAST(sum(cost) AS DECIMAL(38,4))
        FROM activity WHERE activity_date BETWEEN $first AND $last
        GROUP BY ALL ORDER BY 1, 2, 3
        """;
}
