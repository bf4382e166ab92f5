namespace CareLedger.Domain.Actuals;

/// <summary>Everything that happened, as reported for settlement: activity, indicator results, population, spend and decisions.</summary>
public sealed record ContractActuals(
    IReadOnlyList<ActivityActual> Activity,
    IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyList<PopulationActual> Population,
    IReadOnlyList<RiskItemActual> RiskItems,
    IReadOnlyList<ProviderCostActual> ProviderCosts,
    IReadOnlyList<BenchmarkActual> Benchmarks,
    IReadOnlyList<CorridorActual> Corridors,
    IReadOnlyList<Suspension> Suspensions)
{
    public static ContractActuals Empty { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>Combines actuals from several files (a YAML file and CSV tables, say).</summary>
    public ContractActuals Merge(ContractActuals other) => new(
        [.. Activity, .. other.Activity],
        [.. Indicators, .. other.Indicators],
        [.. Population, .. other.Population],
        [.. RiskItems, .. other.RiskItems],
        [.. ProviderCosts, .. other.ProviderCosts],
        [.. Benchmarks, .. other.Benchmarks],
        [.. Corridors, .. other.Corridors],
        [.. Suspensions, .. other.Suspensions]);
}
