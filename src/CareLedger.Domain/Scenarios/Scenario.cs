using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Scenarios;

/// <summary>
/// What may happen over a contract's term, for projection and simulation: the inputs that vary from year to year
/// (population growth, activity, inflation, providers' costs, outcome results, risk/reward spend, benchmark
/// expenditure, corridor costs) and how they are correlated. Read from a scenario file beside the contract
/// (docs/scenario-spec.md); nothing in it changes the contract.
/// </summary>
public sealed record Scenario(
    Id<Contract> Contract,
    string Name,
    ScenarioVariable? PopulationGrowth,
    ScenarioVariable? Inflation,
    IReadOnlyList<ActivityAssumption> Activity,
    IReadOnlyList<CostAssumption> Costs,
    IReadOnlyList<IndicatorAssumption> Indicators,
    IReadOnlyList<RiskItemAssumption> RiskItems,
    IReadOnlyList<BenchmarkAssumption> Benchmarks,
    IReadOnlyList<CorridorAssumption> Corridors,
    CorrelationMatrix? Correlation)
{
    /// <summary>Every variable, in the order the file gives them: the order draws are taken in.</summary>
    public IReadOnlyList<ScenarioVariable> Variables { get; } =
        new[] { PopulationGrowth, Inflation }.OfType<ScenarioVariable>()
            .Concat(Activity.Select(item => item.Volume))
            .Concat(Costs.Select(item => item.Variation))
            .Concat(Indicators.Select(item => item.Result))
            .Concat(RiskItems.Select(item => item.Spend))
            .Concat(Benchmarks.Select(item => item.Expenditure))
            .Concat(Corridors.Select(item => item.Cost))
            .ToArray();
}
