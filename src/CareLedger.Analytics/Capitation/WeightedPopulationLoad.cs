using CareLedger.Analytics.Importing;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// The outcome of loading a weighted-population file: the file, or every problem that stopped it (all or nothing:
/// a file with any problem gives no practices). Warnings do not stop a file; they travel with it.
/// </summary>
public sealed record WeightedPopulationLoad(WeightedPopulationFile? File, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => File is not null;
}
