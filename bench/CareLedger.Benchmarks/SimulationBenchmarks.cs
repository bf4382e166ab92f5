using BenchmarkDotNet.Attributes;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation;
using CareLedger.Simulation.Results;

namespace CareLedger.Benchmarks;

/// <summary>
/// Monte Carlo on the large contract (<see cref="LargeScenario"/>): 10,000 runs of its 10-year term, 100,000 simulated
/// years, on one thread and on two. The target is under 2 seconds on two cores (50,000 simulated years a second). The
/// plan is compiled inside the measured call, as <c>careledger simulate</c> does it.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private Contract _contract = null!;
    private Scenario _scenario = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => (_contract, _scenario) = LargeScenario.Build();

    [Benchmark]
    public SimulationResult Simulate_100000_years() => Simulator.Simulate(_contract, _scenario, new SimulationOptions(10_000, 1, Threads));
}
