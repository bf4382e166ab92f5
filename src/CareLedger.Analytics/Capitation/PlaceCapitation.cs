using CareLedger.Analytics.Importing;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// A place's weighted capitation: the practices it is made of (each traceable to its row of the file), its populations,
/// its ICB's and England's for comparison, one line per component and, when a budget was stated, its fair share.
/// </summary>
/// <param name="Icbs">The ICBs the place's practices belong to (code, name); the place is compared with them together.</param>
/// <param name="England">The whole file's totals: England, when the file is the whole national file.</param>
/// <param name="Warnings">The file's invariant warnings, carried so that every report of the place repeats them.</param>
public sealed record PlaceCapitation(
    string FileName,
    PlaceDefinition Place,
    IReadOnlyList<PracticeWeighting> Practices,
    IReadOnlyList<(string Code, string Name)> Icbs,
    PopulationTotals Totals,
    PopulationTotals Icb,
    PopulationTotals England,
    IReadOnlyList<ComponentLine> Lines,
    FairShare? FairShare,
    IReadOnlyList<ImportProblem> Warnings);
