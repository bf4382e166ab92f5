namespace CareLedger.Specs.Actuals;

/// <summary>The rows parsed from one file, section by section, in the order written.</summary>
internal sealed class ActualsBuilder
{
    public List<ActivityRow> Activity { get; } = [];

    public List<IndicatorResultRow> Indicators { get; } = [];

    public List<PopulationRow> Population { get; } = [];

    public List<RiskSpendRow> RiskSpend { get; } = [];

    public List<ProviderCostRow> ProviderCosts { get; } = [];

    public List<AllowableCostRow> AllowableCosts { get; } = [];

    public List<BenchmarkRow> Benchmarks { get; } = [];

    public List<CorridorCostRow> CorridorCosts { get; } = [];

    public List<SuspensionRow> Suspensions { get; } = [];

    public ActualsRows Build() => new()
    {
        Activity = [.. Activity],
        Indicators = [.. Indicators],
        Population = [.. Population],
        RiskSpend = [.. RiskSpend],
        ProviderCosts = [.. ProviderCosts],
        AllowableCosts = [.. AllowableCosts],
        Benchmarks = [.. Benchmarks],
        CorridorCosts = [.. CorridorCosts],
        Suspensions = [.. Suspensions],
    };
}
