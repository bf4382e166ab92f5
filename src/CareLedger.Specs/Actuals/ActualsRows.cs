namespace CareLedger.Specs.Actuals;

/// <summary>
/// Rows of actuals, section by section, from any source, in the order they came: what <see cref="ActualsChecker"/>
/// checks against a contract. The YAML and CSV readers produce these; so can an API, a database or an import.
/// </summary>
public sealed record ActualsRows
{
    public static ActualsRows Empty { get; } = new();

    public IReadOnlyList<ActivityRow> Activity { get; init; } = [];

    public IReadOnlyList<IndicatorResultRow> Indicators { get; init; } = [];

    public IReadOnlyList<PopulationRow> Population { get; init; } = [];

    public IReadOnlyList<RiskSpendRow> RiskSpend { get; init; } = [];

    public IReadOnlyList<ProviderCostRow> ProviderCosts { get; init; } = [];

    public IReadOnlyList<AllowableCostRow> AllowableCosts { get; init; } = [];

    public IReadOnlyList<BenchmarkRow> Benchmarks { get; init; } = [];

    public IReadOnlyList<CorridorCostRow> CorridorCosts { get; init; } = [];

    public IReadOnlyList<SuspensionRow> Suspensions { get; init; } = [];

    /// <summary>These rows followed by <paramref name="other"/>'s, section by section (a YAML file and CSV tables, say).</summary>
    public ActualsRows Concat(ActualsRows other) => new()
    {
        Activity = [.. Activity, .. other.Activity],
        Indicators = [.. Indicators, .. other.Indicators],
        Population = [.. Population, .. other.Population],
        RiskSpend = [.. RiskSpend, .. other.RiskSpend],
        ProviderCosts = [.. ProviderCosts, .. other.ProviderCosts],
        AllowableCosts = [.. AllowableCosts, .. other.AllowableCosts],
        Benchmarks = [.. Benchmarks, .. other.Benchmarks],
        CorridorCosts = [.. CorridorCosts, .. other.CorridorCosts],
        Suspensions = [.. Suspensions, .. other.Suspensions],
    };
}
