using CareLedger.Analytics.Costing;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// What an import did: every file taken and how the workspace's rows are now costed, or nothing taken and every
/// problem found (at most <see cref="ActivityImporter.MaxListedProblems"/> listed; <see cref="ProblemCount"/> says
/// how many there were). Warnings (a file with no final line break) do not stop an import.
/// </summary>
public sealed record ImportOutcome(
    IReadOnlyList<ImportedFile> Imported,
    CostingSummary? Costing,
    IReadOnlyList<ImportProblem> Problems,
    long ProblemCount,
    IReadOnlyList<string> Warnings)
{
    public bool Succeeded => ProblemCount == 0;

    public static ImportOutcome Rejected(IReadOnlyList<ImportProblem> problems, long count, IReadOnlyList<string> warnings) =>
        new([], null, problems, Math.Max(count, problems.Count), warnings);
}
