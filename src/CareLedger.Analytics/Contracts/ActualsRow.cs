namespace CareLedger.Analytics.Contracts;

/// <summary>
/// One activity actuals row for settlement (docs/actuals-spec.md): units planned (the same month of the plan year)
/// and actual in a contract month, the unit price (actual cost ÷ actual units, or the plan's when nothing happened,
/// rounded to the penny half away from zero) and the actual cost rounded to the penny.
/// </summary>
public sealed record ActualsRow(string Period, string Provider, string ServiceLine, long Planned, long Actual, decimal UnitPrice, decimal ActualCost);
