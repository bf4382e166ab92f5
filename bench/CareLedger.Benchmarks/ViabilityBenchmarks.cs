using BenchmarkDotNet.Attributes;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation;
using CareLedger.Simulation.Comparison;
using CareLedger.Simulation.Incentives;
using CareLedger.Simulation.Viability;

namespace CareLedger.Benchmarks;

/// <summary>
/// A full viability search and an incentive analysis of the large contract (<see cref="LargeScenario"/>: 40 providers,
/// 15 service lines, 80 indicators, a 10-year term) on two threads. The viability search is 10,000 runs a simulation
/// for the first provider (its cost is in the scenario); the incentive analysis is of the first year. The target is
/// under a minute each on two cores. The comparison sets the contract beside itself and payment by activity, 10,000
/// runs a model (three simulations of 100,000 simulated years).
/// </summary>
[MemoryDiagnoser]
public class ViabilityBenchmarks
{
    private Contract _contract = null!;
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup() => (_contract, _scenario) = LargeScenario.Build();

    [Benchmark]
    public ViabilityResult Viability_search_10000_runs() =>
        ViabilitySearch.Assess(_contract, _scenario, new ViabilityOptions(_scenario.Costs[0].Party, 10_000, 1, 2));

    [Benchmark]
    public ComparisonResult Compare_two_models_and_payment_by_activity_10000_runs() =>
        ModelComparison.Compare([("a.yaml", "alliance", _contract, _scenario), ("b.yaml", "alliance", _contract, _scenario)], new SimulationOptions(10_000, 1, 2));

    [Benchmark]
    public IncentiveResult Incentive_analysis_first_year() => IncentiveAnalysis.Analyse(_contract, _scenario, 1, 2);
}
