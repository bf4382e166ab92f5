using CareLedger.Domain.Actuals;

namespace CareLedger.Specs.Actuals;

/// <summary>The records read from one file, section by section, in the order written.</summary>
internal sealed class ActualsBuilder
{
    public List<ActivityActual> Activity { get; } = [];

    public List<IndicatorResult> Indicators { get; } = [];

    public List<PopulationActual> Population { get; } = [];

    public List<RiskItemActual> RiskItems { get; } = [];

    public List<ProviderCostActual> ProviderCosts { get; } = [];

    public List<AllowableCostActual> AllowableCosts { get; } = [];

    public List<BenchmarkActual> Benchmarks { get; } = [];

    public List<CorridorActual> Corridors { get; } = [];

    public List<Suspension> Suspensions { get; } = [];

    public ContractActuals Build() => new(
        [.. Activity],
        [.. Indicators],
        [.. Population],
        [.. RiskItems],
        [.. ProviderCosts],
        [.. Benchmarks],
        [.. Corridors],
        [.. Suspensions],
        [.. AllowableCosts]);
}
