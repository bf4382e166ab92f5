using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>The 300,000-person synthetic population (seed 2026) and the model's report on it, made once for the tests that read it.</summary>
public sealed class SyntheticPopulationReport
{
    public const int People = 300_000, Seed = 2026;

    public SyntheticPopulationReport()
    {
        Population = new SyntheticPopulationGenerator().Generate(People, Seed);
        Report = new RiskStratificationService().Evaluate(Population);
    }

    public SyntheticPopulation Population { get; }

    public RiskReport Report { get; }
}
