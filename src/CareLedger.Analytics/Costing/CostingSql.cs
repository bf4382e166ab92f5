namespace CareLedger.Analytics.Costing;

/// <summary>
/// The one rule that prices a row, shared by import and re-costing: the price list's unit cost for the row's HRG at
/// its point of delivery when there is one ("tariff"), otherwise the point of delivery's fallback ("fallback").
/// A row's cost is units × unit cost, exact (an integer times a 4-dp decimal). <c>u</c> is the joined
/// <c>unit_costs</c> row and <c>f</c> the <c>fallback_costs</c> row.
/// </summary>
internal static class CostingSql
{
    public const string UnitCost = "coalesce(u.unit_cost, f.unit_cost)";

    public const string Basis = "CASE WHEN u.unit_cost IS NOT NULL THEN 'tariff' ELSE 'fallback' END";

    public static string Joins(string rows) =>
        $"LEFT JOIN unit_costs u ON u.pod = {rows}.pod AND u.hrg = {rows}.hrg LEFT JOIN fallback_costs f ON f.pod = {rows}.pod";
}
