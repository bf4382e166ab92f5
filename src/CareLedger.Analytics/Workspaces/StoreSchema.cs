namespace CareLedger.Analytics.Workspaces;

/// <summary>
/// The tables of a workspace's store. Money is DECIMAL, never floating point: unit costs carry the National Cost
/// Collection's four decimal places, and a row's cost is units × unit cost exactly (an integer times a 4-dp number
/// needs no rounding). Totals are rounded to the penny only where a report or contract figure is produced.
/// </summary>
internal static class StoreSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS imports (
            import_id    INTEGER PRIMARY KEY,
            file_name    VARCHAR NOT NULL,
            fingerprint  VARCHAR NOT NULL UNIQUE,
            layout       VARCHAR NOT NULL,
            row_count    BIGINT NOT NULL,
            imported_at  TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS unit_costs (
            pod          VARCHAR NOT NULL,
            hrg          VARCHAR NOT NULL,
            unit_cost    DECIMAL(18,4) NOT NULL,
            activity     BIGINT NOT NULL,
            description  VARCHAR,
            PRIMARY KEY (pod, hrg)
        );
        CREATE TABLE IF NOT EXISTS fallback_costs (
            pod          VARCHAR PRIMARY KEY,
            unit_cost    DECIMAL(18,4) NOT NULL,
            activity     BIGINT NOT NULL,
            currencies   INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS price_list (
            name         VARCHAR NOT NULL,
            kind         VARCHAR NOT NULL,
            fingerprint  VARCHAR NOT NULL,
            loaded_at    TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS activity (
            import_id      INTEGER NOT NULL,
            source_row     BIGINT,
            setting        VARCHAR NOT NULL,
            patient_id     VARCHAR NOT NULL,
            record_id      VARCHAR NOT NULL,
            activity_date  DATE NOT NULL,
            provider       VARCHAR NOT NULL,
            practice       VARCHAR,
            age            INTEGER,
            sex            VARCHAR,
            specialty      VARCHAR,
            diagnosis      VARCHAR,
            hrg            VARCHAR,
            pod            VARCHAR NOT NULL,
            service_line   VARCHAR NOT NULL,
            units          INTEGER NOT NULL,
            length_of_stay INTEGER,
            unit_cost      DECIMAL(18,4) NOT NULL,
            cost           DECIMAL(18,4) NOT NULL,
            costing        VARCHAR NOT NULL,
            attendance     VARCHAR
        );
        -- Aggregates of activity kept by every import and re-costing (SpendAggregates), so that a report reads
        -- thousands of rows instead of millions.
        CREATE TABLE IF NOT EXISTS patient_spend (
            patient_id   VARCHAR NOT NULL,
            records      BIGINT NOT NULL,
            units        BIGINT NOT NULL,
            not_attended BIGINT NOT NULL,
            cost         DECIMAL(38,4) NOT NULL
        );
        CREATE TABLE IF NOT EXISTS provider_pod_spend (
            provider     VARCHAR NOT NULL,
            pod          VARCHAR NOT NULL,
            service_line VARCHAR NOT NULL,
            records      BIGINT NOT NULL,
            units        BIGINT NOT NULL,
            patients     BIGINT NOT NULL,
            not_attended BIGINT NOT NULL,
            cost         DECIMAL(38,4) NOT NULL
        );
        -- The latest risk model fitted on the store's own activity (activity risk) and the tier of each patient it
        -- scored. Each fit replaces both; the import count and id say whether an import has come since.
        CREATE TABLE IF NOT EXISTS risk_fit (
            outcome_year INTEGER NOT NULL,
            seed         INTEGER NOT NULL,
            fitted_at    TIMESTAMP NOT NULL,
            imports      BIGINT NOT NULL,
            last_import  INTEGER NOT NULL,
            scored       BIGINT NOT NULL,
            auroc        DOUBLE NOT NULL
        );
        CREATE TABLE IF NOT EXISTS risk_tier (
            patient_id   VARCHAR NOT NULL,
            practice     VARCHAR NOT NULL,
            tier         VARCHAR NOT NULL,
            tier_order   INTEGER NOT NULL,
            rank         BIGINT NOT NULL,
            risk         DOUBLE NOT NULL
        );
        """;

    /// <summary>
    /// Brings a store made by an earlier version up to date: the <c>attendance</c> column (empty: every row costed, as
    /// then), and <c>source_row</c> allowed empty (rows are traced by import and record key; see ImportSql). Each
    /// change is made only when missing, so opening an up-to-date store writes nothing.
    /// </summary>
    public const string PendingChanges = """
        SELECT (SELECT count(*) FROM duckdb_columns() WHERE table_name = 'activity' AND column_name = 'attendance') = 0,
               (SELECT count(*) FROM duckdb_columns() WHERE table_name = 'activity' AND column_name = 'source_row' AND NOT is_nullable) > 0
        """;

    public const string AddAttendance = "ALTER TABLE activity ADD COLUMN attendance VARCHAR";

    public const string AllowEmptySourceRow = "ALTER TABLE activity ALTER COLUMN source_row DROP NOT NULL";
}
