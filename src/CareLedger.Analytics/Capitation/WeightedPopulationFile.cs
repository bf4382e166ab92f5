using CareLedger.Analytics.Importing;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// A practice weighted-population file as loaded: its practices in file order, its national totals, and the warnings
/// found when its invariants were checked (each weighted column should sum to the registered population).
/// </summary>
public sealed class WeightedPopulationFile
{
    private readonly Dictionary<string, PracticeWeighting> _byCode;

    public WeightedPopulationFile(string name, IReadOnlyList<PracticeWeighting> practices, IReadOnlyList<ImportProblem> warnings)
    {
        Name = name;
        Practices = practices;
        Warnings = warnings;
        National = PopulationTotals.Of(practices);
        _byCode = practices.ToDictionary(practice => practice.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file's name as the user gave it, for messages and for tracing figures back.</summary>
    public string Name { get; }

    public IReadOnlyList<PracticeWeighting> Practices { get; }

    /// <summary>Every practice in the file summed: England, when the file is the whole national file.</summary>
    public PopulationTotals National { get; }

    public IReadOnlyList<ImportProblem> Warnings { get; }

    public PracticeWeighting? Find(string code) => _byCode.GetValueOrDefault(code.Trim());
}
