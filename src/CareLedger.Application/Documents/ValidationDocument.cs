using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Documents;

/// <summary>What checking an input found: whether it is valid (no errors), the counts, and every finding in order.</summary>
public sealed record ValidationDocument(string File, bool Valid, int Errors, int Warnings, ValueList<FindingDocument> Findings)
{
    public static ValidationDocument Of(string file, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        return new(file, errors == 0, errors, diagnostics.Count - errors, diagnostics.Select(FindingDocument.Of).ToValueList());
    }
}
