namespace CareLedger.Analytics.Costing;

/// <summary>
/// The one rule that prices a row, shared by import and re-costing: an appointment that did not take place costs
/// nothing ("not-attended", <see cref="OutpatientCurrency"/>); otherwise the price list's unit cost for the row's HRG
/// at its point of delivery when there is one ("tariff"), else the point of delivery's fallback ("fallback").
/// A row's cost is units × unit cost, exact (an integer times a 4-dp decimal). <c>rows</c> names the activity rows,
/// <c>u</c> is the joined <c>unit_costs</c> row and <c>f</c> the <c>fallback_costs</c> row.
/// </summary>
internal static class CostingSql
{
    public static string NotAttended(string rows) => $"coalesce({rows}.attendance IN {OutpatientCurrency.NotAttended}, false)";

    public static string UnitCost(string rows) => $"CASE WHEN {NotAttended(rows)} THEN CAST(0 AS DECIMAL(18,4)) ELSE coalesce(u.unit_cost, f.unit_cost) END";

    public static string Basis(string rows) =>
        $"CASE WHEN {NotAttended(rows)} THEN 'not-attended' WHEN u.unit_cost IS NOT NULL THEN 'tariff' ELSE 'fallback' END";

    public static string Joins(string rows) =>
        $"LEFT JOIN unit_costs u ON u.pod = {rows}.pod AND u.hrg = {rows}.hrg LEFT JOIN fallback_costs f ON f.pod = {rows}.pod";
}
