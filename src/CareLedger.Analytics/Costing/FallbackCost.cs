namespace CareLedger.Analytics.Costing;

/// <summary>
/// The unit cost given to a row whose HRG the price list does not price at its point of delivery: the
/// activity-weighted mean unit cost of that point of delivery, Σ(activity × unit cost) ÷ Σ activity over the price
/// list's rows for it, rounded to 4 decimal places (the schedule's precision), half away from zero. A local list
/// without activity weighs each of its rows once.
/// </summary>
public sealed record FallbackCost(string Pod, decimal UnitCost, long Activity, int Currencies)
{
    public const int Decimals = 4;

    public static decimal Mean(decimal weightedCost, long activity) =>
        decimal.Round(weightedCost / activity, Decimals, MidpointRounding.AwayFromZero);
}
