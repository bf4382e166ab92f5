namespace CareLedger.Analytics.Reporting;

/// <summary>
/// The SQL behind each view of spend, one constant per view, parameterised (<c>$top</c>, <c>$min</c>, <c>$max</c>,
/// <c>$diag</c>, <c>$cut</c>, <c>$tier</c>), never built from user text. Each returns its keys and then records, units, distinct
/// patients, appointments not attended and the exact spend (DECIMAL, 4 places). The totals, provider and patient
/// views and the plain top-x% cohort read the aggregates <see cref="SpendAggregates"/> keeps; the others read the rows.
/// </summary>
internal static class SpendQueries
{
    private const string Measures =
        "count(*), CAST(sum(units) AS BIGINT), count(DISTINCT patient_id), count(*) FILTER (WHERE costing = 'not-attended'), CAST(sum(cost) AS DECIMAL(38,4))";

    /// <summary>One row per patient in <c>patient_spend</c>, so the patients are its row count.</summary>
    public const string Totals = "SELECT CAST(sum(records) AS BIGINT), CAST(sum(units) AS BIGINT), count(*), CAST(sum(not_attended) AS BIGINT), CAST(sum(cost) AS DECIMAL(38,4)) FROM patient_spend";

    public const string ProviderPod = "SELECT provider, pod, service_line, records, units, patients, not_attended, cost FROM provider_pod_spend ORDER BY provider, pod, service_line";

    public const string Patient = "SELECT patient_id, records, units, CAST(1 AS BIGINT), not_attended, cost FROM patient_spend ORDER BY cost DESC, patient_id LIMIT $top";

    public const string Practice = $"SELECT coalesce(practice, '(not recorded)'), {Measures} FROM activity GROUP BY ALL ORDER BY 6 DESC, 1";

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

    /// <summary>Patients ranked by total spend, highest first, ties broken by patient id (rank 1 is the highest).</summary>
    private const string Ranked = "ranked AS (SELECT *, row_number() OVER (ORDER BY cost DESC, patient_id) AS rank FROM patient_spend)";

    /// <summary>
    /// Spend by the patient's stored risk tier (<c>risk_tier</c>, written by <c>activity risk</c>), highest risk first,
    /// from the patients' totals: every patient falls in one tier or in "not scored" (no activity in the scored year,
    /// or no age or sex), so the lines add up to the store's whole spend exactly.
    /// </summary>
    public const string RiskTier = """
        SELECT coalesce(t.tier, 'not scored') AS risk_tier, CAST(sum(p.records) AS BIGINT), CAST(sum(p.units) AS BIGINT), count(*),
               CAST(sum(p.not_attended) AS BIGINT), CAST(sum(p.cost) AS DECIMAL(38,4))
        FROM patient_spend p LEFT JOIN risk_tier t USING (patient_id)
        GROUP BY ALL ORDER BY min(coalesce(t.tier_order, 5))
        """;

    /// <summary>
    /// Rows in the cohort — the age range and diagnosis prefix, among the <c>$cut</c> patients with the highest spend,
    /// and in the stored risk tiers down to order <c>$tier</c> — against the rest. A NULL parameter does not narrow.
    /// </summary>
    public const string Cohort = $"""
        WITH {Ranked}
        SELECT CASE WHEN (CAST($min AS INTEGER) IS NULL OR a.age >= CAST($min AS INTEGER))
                     AND (CAST($max AS INTEGER) IS NULL OR a.age <= CAST($max AS INTEGER))
                     AND (CAST($diag AS VARCHAR) IS NULL OR starts_with(a.diagnosis, CAST($diag AS VARCHAR)))
                     AND (CAST($cut AS BIGINT) IS NULL OR r.rank <= CAST($cut AS BIGINT))
                     AND (CAST($tier AS INTEGER) IS NULL OR coalesce(t.tier_order <= CAST($tier AS INTEGER), false))
                    THEN 'cohort' ELSE 'rest' END AS cohort,
               count(*), CAST(sum(a.units) AS BIGINT), count(DISTINCT a.patient_id), count(*) FILTER (WHERE a.costing = 'not-attended'), CAST(sum(a.cost) AS DECIMAL(38,4))
        FROM activity a JOIN ranked r USING (patient_id) LEFT JOIN risk_tier t USING (patient_id)
        GROUP BY ALL ORDER BY 1
        """;

    /// <summary>
    /// The cohort of the <c>$cut</c> patients with the highest spend against the rest, from the patients' totals: the
    /// same figures as <see cref="Cohort"/> with no age or diagnosis, since every row of a patient falls on one side.
    /// Only the top patients are sorted (a top-N, not a ranking of everyone); the rest is the whole less the cohort,
    /// exact in DECIMAL.
    /// </summary>
    public const string TopPatients = """
        WITH top AS (SELECT * FROM patient_spend ORDER BY cost DESC, patient_id LIMIT CAST($cut AS BIGINT)),
             cohort AS (SELECT count(*) AS patients, sum(records) AS records, sum(units) AS units, sum(not_attended) AS not_attended, sum(cost) AS cost FROM top),
             whole AS (SELECT count(*) AS patients, sum(records) AS records, sum(units) AS units, sum(not_attended) AS not_attended, sum(cost) AS cost FROM patient_spend)
        SELECT 'cohort' AS cohort, CAST(c.records AS BIGINT), CAST(c.units AS BIGINT), c.patients, CAST(c.not_attended AS BIGINT), CAST(c.cost AS DECIMAL(38,4))
        FROM cohort c WHERE c.patients > 0
        UNION ALL
        SELECT 'rest', CAST(w.records - c.records AS BIGINT), CAST(w.units - c.units AS BIGINT), w.patients - c.patients,
               CAST(w.not_attended - c.not_attended AS BIGINT), CAST(w.cost - c.cost AS DECIMAL(38,4))
        FROM whole w, cohort c WHERE w.patients > c.patients
        ORDER BY 1
        """;
}
