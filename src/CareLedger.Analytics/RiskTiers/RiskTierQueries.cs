namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// The SQL behind a workspace's risk model and its tiers, parameterised by dates (<c>$first</c>, <c>$last</c>: the
/// feature year; <c>$next_first</c>, <c>$next_last</c>: the year after), never built from user text.
/// </summary>
internal static class RiskTierQueries
{
    /// <summary>The store's points of delivery that are emergency (non-elective) admissions.</summary>
    private const string Emergency = "pod IN ('non-elective-short', 'non-elective-long')";

    /// <summary>
    /// One row per patient with a record in the feature year: the features of <see cref="PatientYear"/> and the next
    /// year's emergency records and spend, in patient order (the order the held-out draw follows). The practice is the
    /// one on the latest record naming one; on a day with two, the greater code, so the choice never depends on row order.
    /// </summary>
    public static readonly string PatientYears = $"""
        WITH year_rows AS (
            SELECT patient_id, activity_date, age, sex, practice, pod, costing, diagnosis FROM activity WHERE activity_date BETWEEN $first AND $last
        ),
        people AS (
            SELECT patient_id, max(age) AS age,
                   count(*) FILTER (WHERE sex = 'F') AS female, count(*) FILTER (WHERE sex = 'M') AS male,
                   arg_max(practice, strftime(activity_date, '%Y-%m-%d') || practice) AS practice,
                   count(*) FILTER (WHERE {Emergency}) AS emergency,
                   count(*) FILTER (WHERE pod = 'ae') AS ae,
                   count(*) FILTER (WHERE pod = 'outpatient' AND costing <> 'not-attended') AS outpatient
            FROM year_rows GROUP BY patient_id
        ),
        conditions AS (
            SELECT y.patient_id, count(DISTINCT c.condition) AS conditions
            FROM year_rows y JOIN {LongTermConditions.ValuesSql} AS c(category, condition) ON left(y.diagnosis, 3) = c.category
            GROUP BY y.patient_id
        ),
        next AS (
            SELECT patient_id, count(*) FILTER (WHERE {Emergency}) AS emergency, CAST(sum(cost) AS DECIMAL(38,4)) AS cost
            FROM activity WHERE activity_date BETWEEN $next_first AND $next_last GROUP BY patient_id
        )
        SELECT p.patient_id, p.age,
               CASE WHEN p.female > p.male THEN true WHEN p.male > p.female THEN false END,
               coalesce(p.practice, ''), CAST(p.emergency AS INTEGER), CAST(p.ae AS INTEGER), CAST(p.outpatient AS INTEGER),
               CAST(coalesce(c.conditions, 0) AS INTEGER), CAST(coalesce(n.emergency, 0) AS INTEGER), coalesce(n.cost, CAST(0 AS DECIMAL(38,4)))
        FROM people p LEFT JOIN conditions c USING (patient_id) LEFT JOIN next n USING (patient_id)
        ORDER BY p.patient_id
        """;

    /// <summary>The latest activity date in the store (null when it holds none).</summary>
    public const string LatestDate = "SELECT max(activity_date) FROM activity";

    /// <summary>How many imports the store holds and the latest one's id: a fit records both, and a later import makes its tiers stale.</summary>
    public const string ImportState = "SELECT count(*), coalesce(max(import_id), 0) FROM imports";

    public const string Fitted = "SELECT outcome_year, seed, imports, last_import, scored FROM risk_fit LIMIT 1";

    public const string ClearFit = "DELETE FROM risk_tier; DELETE FROM risk_fit;";

    public const string SaveFit = """
        INSERT INTO risk_fit VALUES ($outcome_year, $seed, $fitted_at, $imports, $last_import, $scored, $auroc)
        """;

    /// <summary>Scored patients by practice and tier, for a contract population's cohorts counted among a place's practices.</summary>
    public const string TiersByPractice = "SELECT practice, tier_order, count(*) FROM risk_tier GROUP BY ALL ORDER BY 1, 2";
}
