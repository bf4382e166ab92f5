using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Costing;

/// <summary>
/// Loads a unit-cost table into a workspace, replacing the one there: the National Cost Collection schedule (its
/// admitted, outpatient and A&amp;E services, mapped to points of delivery by <see cref="PointOfDelivery"/>) or a
/// local price list. Every bad row is reported; nothing is loaded unless every row reads. Runs inside the caller's
/// transaction.
/// </summary>
internal sealed class PriceListLoader(ActivityStore store)
{
    private const string AmountPattern = @"'[0-9]{1,14}(\.[0-9]{1,4})?'";

    public IReadOnlyList<ImportProblem> Load(string path, string displayName, string fingerprint, DateTimeOffset now)
    {
        var header = CsvHeader.Read(store, path);
        var kind = header.Contains("Service Code") && header.Contains("Dept or Currency Code") && header.Contains("Unit cost") ? PriceListKind.NationalCostCollection
            : header.Contains("pod") && header.Contains("hrg") && header.Contains("unit_cost") ? PriceListKind.Local
            : (PriceListKind?)null;
        if (kind is null)
        {
            return [new ImportProblem(displayName, 1, null, null,
                "is not a price list: expected the National Cost Collection schedule (Service Code, Dept or Currency Code, …, Activity, Unit cost) or a local list with columns pod, hrg, unit_cost")];
        }

        var select = kind == PriceListKind.NationalCostCollection ? NationalSelect() : LocalSelect(header.Contains("activity"), header.Contains("description"));
        store.Execute($"CREATE OR REPLACE TEMP TABLE price_staging AS SELECT row_number() OVER () + 1 AS source_row, * FROM ({select})", ("path", path));

        var problems = Problems(displayName);
        if (problems.Count > 0)
        {
            return problems;
        }

        store.Execute("DELETE FROM unit_costs; DELETE FROM price_list;");
        store.Execute("INSERT INTO unit_costs SELECT pod, hrg, CAST(unit_cost AS DECIMAL(18,4)), CAST(activity AS BIGINT), description FROM price_staging WHERE pod IS NOT NULL");
        store.Execute("INSERT INTO price_list VALUES ($name, $kind, $fingerprint, $at)",
            ("name", Path.GetFileName(displayName)), ("kind", kind.ToString()), ("fingerprint", fingerprint), ("at", now.UtcDateTime));
        return [];
    }

    private static string NationalSelect()
    {
        var services = string.Join(' ', PointOfDelivery.NationalScheduleServices.Select(pair => $"WHEN '{pair.Key}' THEN '{pair.Value}'"));
        return $"""
            SELECT CASE trim("Service Code") {services} END AS pod, upper(trim("Dept or Currency Code")) AS hrg,
                   trim("Unit cost") AS unit_cost, trim("Activity") AS activity, trim("Dept or Currency Desc") AS description
            FROM read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
            """;
    }

    private static string LocalSelect(bool hasActivity, bool hasDescription) => $"""
        SELECT lower(trim("pod")) AS pod, upper(trim("hrg")) AS hrg, trim("unit_cost") AS unit_cost,
               {(hasActivity ? "coalesce(NULLIF(trim(\"activity\"), ''), '1')" : "'1'")} AS activity,
               {(hasDescription ? "trim(\"description\")" : "NULL")} AS description
        FROM read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
        """;

    /// <summary>
    /// Rows the table cannot take. A National Cost Collection row for a service outside <see cref="PointOfDelivery"/>
    /// (ambulance, community, …) has no point of delivery and is left out, not reported.
    /// </summary>
    private List<ImportProblem> Problems(string file)
    {
        var pods = string.Join(',', PointOfDelivery.All.Select(pod => $"'{pod}'"));
        var sql = $"""
            SELECT source_row, 'pod', pod, 'is not a point of delivery: use one of {string.Join(", ", PointOfDelivery.All)}' FROM price_staging WHERE pod IS NOT NULL AND pod NOT IN ({pods})
            UNION ALL SELECT source_row, 'hrg', hrg, 'is empty; every price needs a currency code (HRG)' FROM price_staging WHERE pod IS NOT NULL AND coalesce(hrg, '') = ''
            UNION ALL SELECT source_row, 'unit_cost', unit_cost, 'is not an amount of at most 4 decimal places (e.g. 1450.5000)' FROM price_staging WHERE pod IS NOT NULL AND NOT regexp_full_match(coalesce(unit_cost, ''), {AmountPattern})
            UNION ALL SELECT source_row, 'activity', activity, 'is not a whole number of units' FROM price_staging WHERE pod IS NOT NULL AND coalesce(TRY_CAST(activity AS BIGINT) < 0, true)
            UNION ALL SELECT max(source_row), 'hrg', hrg, 'is priced more than once for point of delivery ' || pod FROM price_staging WHERE pod IS NOT NULL GROUP BY pod, hrg HAVING count(*) > 1
            ORDER BY 1 LIMIT 1000
            """;
        var problems = new List<ImportProblem>();
        using var command = store.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            problems.Add(new ImportProblem(file, reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2), reader.GetString(3)));
        }

        return problems;
    }
}
