namespace CareLedger.Analytics.Costing;

/// <summary>
/// How a workspace's rows are costed: the price list, how many rows matched a price on HRG and point of delivery and
/// how many took their point of delivery's fallback, each with its exact cost (4 decimal places, unrounded), and the
/// fallback unit costs used. <see cref="NotAttendedRows"/> are outpatient appointments that did not take place: counted,
/// costing nothing, and part of <see cref="Rows"/>.
/// </summary>
public sealed record CostingSummary(
    string PriceList,
    long Rows,
    long MatchedRows,
    decimal MatchedCost,
    long FallbackRows,
    decimal FallbackCost,
    IReadOnlyList<FallbackCost> Fallbacks,
    long NotAttendedRows = 0)
{
    public decimal TotalCost => MatchedCost + FallbackCost;
}
