using CareLedger.Application;
using CareLedger.Data.Contracts;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Server.Web;

/// <summary>
/// What became of a save: the version stored, or a problem in words — with, when validation refused the text, the
/// text and its errors so the page can show each at its line.
/// </summary>
public sealed record SaveOutcome(string? Problem, SourceText? Text, IReadOnlyList<Diagnostic> Errors, ContractVersion? Stored)
{
    public static SaveOutcome Refused(string problem) => new(problem, null, [], null);
}
