namespace CareLedger.Domain.Actuals;

/// <summary>Everything that happened, as reported for settlement: activity, indicator results, population, spend, costs and decisions.</summary>
/// <param name="AllowableCosts">Costs reported for reimbursement at cost; none when not given.</param>
public sealed record ContractActuals(
    IReadOnlyList<ActivityActual> Activity,
    IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyList<PopulationActual> Population,
    IReadOnlyList<RiskItemActual> RiskItems,
    IReadOnlyList<ProviderCostActual> ProviderCosts,
    IReadOnlyList<BenchmarkActual> Benchmarks,
    IReadOnlyList<CorridorActual> Corridors,
    IReadOnlyList<Suspension> Suspensions,
    IReadOnlyList<AllowableCostActual>? AllowableCosts = null)
{
    public static ContractActuals Empty { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>Costs reported for reimbursement at cost; empty when none were given.</summary>
    public IReadOnlyList<AllowableCostActual> AllowableCosts { get; init; } = AllowableCosts ?? [];

    /// <summary>Corrections of closed periods, recorded in a system of record and paid in later open periods.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>Combines actuals from several files (a YAML file and CSV tables, say).</summary>
    public ContractActuals Merge(ContractActuals other) => new(
        [.. Activity, .. other.Activity],
        [.. Indicators, .. other.Indicators],
        [.. Population, .. other.Population],
        [.. RiskItems, .. other.RiskItems],
        [.. ProviderCosts, .. other.ProviderCosts],
        [.. Benchmarks, .. other.Benchmarks],
        [.. Corridors, .. other.Corridors],
        [.. Suspensions, .. other.Suspensions],
        [.. AllowableCosts, .. other.AllowableCosts])
    {
        Corrections = [.. Corrections, .. other.Corrections],
    };
}
