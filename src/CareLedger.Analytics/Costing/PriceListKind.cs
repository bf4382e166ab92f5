namespace CareLedger.Analytics.Costing;

/// <summary>Which kind of unit-cost table a price list file is, recognised from its header.</summary>
public enum PriceListKind
{
    /// <summary>The National Cost Collection national schedule: Service Code, Dept or Currency Code, …, Activity, Unit cost, Cost.</summary>
    NationalCostCollection,

    /// <summary>A local price list or tariff: <c>pod,hrg,unit_cost</c> and optionally <c>activity</c> and <c>description</c>.</summary>
    Local,
}
