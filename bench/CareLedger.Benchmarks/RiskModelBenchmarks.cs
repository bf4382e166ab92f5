using BenchmarkDotNet.Attributes;
using CareLedger.Analytics.Risk;

namespace CareLedger.Benchmarks;

/// <summary>
/// The emergency-admission risk model on 300,000 synthetic people (seed 2026): generating them, and fitting the model
/// on two thirds and scoring and reporting the held-out third (AUROC ×4, calibration, capture, tiers).
/// </summary>
[MemoryDiagnoser]
public class RiskModelBenchmarks
{
    private readonly SyntheticPopulationGenerator _generator = new();
    private readonly RiskStratificationService _service = new();
    private SyntheticPopulation _population = null!;

    [GlobalSetup]
    public void Setup() => _population = _generator.Generate(300_000, 2026);

    [Benchmark]
    public SyntheticPopulation Generate_300000_people() => _generator.Generate(300_000, 2026);

    [Benchmark]
    public RiskReport Train_and_score_300000_people() => _service.Evaluate(_population);
}
