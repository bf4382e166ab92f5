using CareLedger.Analytics.Costing;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// The SQL of the one-pass import: each row read, checked, converted, costed and appended in a single statement.
/// Column names come only from <see cref="LayoutDefinition"/>'s fixed lists; the file's path, import number and
/// setting are parameters. A row that fails a check, or whose point of delivery has no price, stops the statement
/// with DuckDB's <c>error()</c>; the importer then rolls back and <see cref="ImportDiagnosis"/> lists every problem.
/// The file's line numbers are not stored: numbering rows (<c>row_number() OVER ()</c>) makes DuckDB read and convert
/// the file on one thread, which doubled the import's time (docs/performance.md). A stored row is traced by its import
/// and its record key (EPIKEY, ATTENDKEY, AEKEY, record_id); line numbers are worked out only for a refused file.
/// </summary>
internal static class ImportSql
{
    /// <summary>The messages of the errors the statement raises, so the importer can tell them from DuckDB's own.</summary>
    public const string RowFails = "CareLedger: a row fails its checks";

    public const string NoPrice = "CareLedger: a point of delivery has no price";

    /// <summary>
    /// The layout's columns as read from the file, text as written; a column the file lacks is NULL, so every
    /// expression of the layout can name it. Only these columns are parsed (DuckDB pushes the projection into its reader).
    /// </summary>
    public static string Projection(LayoutDefinition layout, HashSet<string> header) =>
        string.Join(", ", layout.Fields.Select(field => field.Column).Distinct(StringComparer.Ordinal)
            .Select(column => header.Contains(column) ? FieldSql.Quote(column) : $"CAST(NULL AS VARCHAR) AS {FieldSql.Quote(column)}"));

    /// <summary>Each check of each column the file has: the column, a condition true for a cell it refuses, and why.</summary>
    public static List<(string Column, string Condition, string Reason)> Checks(LayoutDefinition layout, HashSet<string> header) =>
        layout.Fields.Where(field => header.Contains(field.Column))
            .SelectMany(field => FieldSql.Checks(field).Select(check => (field.Column, check.Condition, check.Reason)))
            .ToList();

    /// <summary>Appends the file's rows to <c>activity</c>, parameterised by <c>$path</c>, <c>$import</c> and <c>$setting</c>.</summary>
    public static string Insert(LayoutDefinition layout, HashSet<string> header)
    {
        string Value(string target) =>
            layout.Fields.FirstOrDefault(field => field.Target == target) is { } field ? FieldSql.Convert(field) : "NULL";

        var failing = string.Join(" OR ", Checks(layout, header).Select(check => $"({check.Condition})"));
        return $"""
            INSERT INTO activity (import_id, source_row, setting, patient_id, record_id, activity_date, provider, practice, age, sex,
                                  specialty, diagnosis, hrg, pod, service_line, units, length_of_stay, unit_cost, cost, costing, attendance)
            SELECT $import, NULL, $setting, m.patient_id, m.record_id, m.activity_date, m.provider, m.practice, m.age, m.sex,
                   m.specialty, m.diagnosis, m.hrg, m.pod, coalesce(m.service_line, {PointOfDelivery.ServiceLineSql("m.pod")}),
                   CASE WHEN {CostingSql.NotAttended("m")} THEN 0 ELSE m.units END, m.length_of_stay,
                   CASE WHEN m.failing THEN error('{RowFails}') WHEN f.unit_cost IS NULL THEN error('{NoPrice}') ELSE {CostingSql.UnitCost("m")} END,
                   m.units * {CostingSql.UnitCost("m")}, {CostingSql.Basis("m")}, m.attendance
            FROM (
                SELECT {(failing.Length == 0 ? "false" : failing)} AS failing,
                       {Value("patient_id")} AS patient_id, {Value("record_id")} AS record_id, {Value("activity_date")} AS activity_date,
                       {Value("provider")} AS provider, {Value("practice")} AS practice, {Value("age")} AS age, {Value("sex")} AS sex,
                       {Value("specialty")} AS specialty, {Value("diagnosis")} AS diagnosis,
                       coalesce({Value("hrg")}, {layout.DerivedHrgSql}) AS hrg, {layout.PodSql} AS pod, {Value("service_line")} AS service_line,
                       coalesce({Value("units")}, 1) AS units, {Value("length_of_stay")} AS length_of_stay, {layout.AttendanceSql} AS attendance
                FROM (
                    SELECT {Projection(layout, header)}
                    FROM read_csv($path, {CsvHeader.ReadOptions}, store_rejects = true, ignore_errors = true)
                )
            ) m
            {CostingSql.Joins("m")}
            """;
    }
}
