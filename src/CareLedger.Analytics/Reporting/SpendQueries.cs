namespace CareLedger.Analytics.Reporting;

/// <summary>
/// The SQL behind each view of spend, one constant per view, parameterised (<c>$top</c>, <c>$min</c>, <c>$max</c>,
/// <c>$diag</c>, <c>$cut</c>), never built from user text. Each returns its keys and then records, units, distinct
/// patients and the exact spend (DECIMAL, 4 places).
/// </summary>
internal static class SpendQueries
{
    private const string Measures = "count(*), CAST(sum(units) AS BIGINT), count(DISTINCT patient_id), CAST(sum(cost) AS DECIMAL(38,4))";

    public const string Totals = $"SELECT {Measures} FROM activity";

    public const string ProviderPod = $"SELECT provider, pod, service_line, {Measures} FROM activity GROUP BY ALL ORDER BY provider, pod, service_line";

    public const string Patient = $"SELECT patient_id, {Measures} FROM activity GROUP BY ALL ORDER BY 5 DESC, 1 LIMIT $top";

    public const string Practice = $"SELECT coalesce(practice, '(not recorded)'), {Measures} FROM activity GROUP BY ALL ORDER BY 5 DESC, 1";

    /// <summary>Age at the time of the activity, in the bands population health management commonly uses.</summary>
    public const string AgeSex = $"""
        SELECT band, sex_code, {Measures}
        FROM (SELECT *, coalesce(sex, 'U') AS sex_code,
                     CASE WHEN age IS NULL THEN 'not recorded' WHEN age < 5 THEN '0-4' WHEN age < 18 THEN '5-17' WHEN age < 45 THEN '18-44'
                          WHEN age < 65 THEN '45-64' WHEN age < 75 THEN '65-74' WHEN age < 85 THEN '75-84' ELSE '85+' END AS band
              FROM activity)
        GROUP BY band, sex_code
        ORDER BY CASE band WHEN '0-4' THEN 1 WHEN '5-17' THEN 2 WHEN '18-44' THEN 3 WHEN '45-64' THEN 4 WHEN '65-74' THEN 5 WHEN '75-84' THEN 6 WHEN '85+' THEN 7 ELSE 8 END, sex_code
        """;

    /// <summary>Financial years run April to March and are labelled as contracts label them (2023/24).</summary>
    public const string Year = $"""
        SELECT printf('%d/%02d', fy, (fy + 1) % 100), {Measures}
        FROM (SELECT *, CASE WHEN month(activity_date) >= 4 THEN year(activity_date) ELSE year(activity_date) - 1 END AS fy FROM activity)
        GROUP BY fy ORDER BY fy
        """;

    /// <summary>
    /// Rows in the cohort — the age range and diagnosis prefix, among the <c>$cut</c> patients with the highest spend
    /// (ties broken by patient id) — against the rest. A NULL parameter does not narrow.
    /// </summary>
    public const string Cohort = $"""
        WITH spend AS (SELECT patient_id, sum(cost) AS spend FROM activity GROUP BY patient_id),
             ranked AS (SELECT patient_id, row_number() OVER (ORDER BY spend DESC, patient_id) AS rank FROM spend)
        SELECT CASE WHEN (CAST($min AS INTEGER) IS NULL OR a.age >= CAST($min AS INTEGER))
                     AND (CAST($max AS INTEGER) IS NULL OR a.age <= CAST($max AS INTEGER))
                     AND (CAST($diag AS VARCHAR) IS NULL OR starts_with(a.diagnosis, CAST($diag AS VARCHAR)))
                     AND (CAST($cut AS BIGINT) IS NULL OR r.rank <= CAST($cut AS BIGINT))
                    THEN 'cohort' ELSE 'rest' END AS cohort,
               count(*), CAST(sum(a.units) AS BIGINT), count(DISTINCT a.patient_id), CAST(sum(a.cost) AS DECIMAL(38,4))
        FROM activity a JOIN ranked r USING (patient_id)
        GROUP BY ALL ORDER BY 1
        """;
}
