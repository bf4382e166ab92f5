using CareLedger.Analytics.Capitation;

namespace CareLedger.Analytics.Tests.Capitation;

/// <summary>The real 2025/26 practice weighted-population file, loaded once for the tests that read it.</summary>
public sealed class NationalWeightedPopulation
{
    public const string FileName = "gp_practice_weighted_population_2025_26.csv";

    public NationalWeightedPopulation()
    {
        Path = SharedData.Nhs(FileName);
        using var reader = System.IO.File.OpenText(Path);
        Load = new WeightedPopulationLoader().Load(reader, FileName);
    }

    public string Path { get; }

    public WeightedPopulationLoad Load { get; }

    public WeightedPopulationFile File => Load.File ?? throw new InvalidOperationException("The national file did not load: " + string.Join("; ", Load.Problems));
}
