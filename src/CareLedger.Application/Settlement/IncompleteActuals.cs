using CareLedger.Domain.Settlement;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Settlement;

/// <summary>
/// What a settlement found missing from the actuals, as errors (CL809) that say what to add: one per missing thing,
/// citing the contract term that needs it. The row does not exist, so each is located where it belongs: at the
/// section's key in the first YAML file that has that section, else at the first actuals file as a whole.
/// </summary>
internal static class IncompleteActuals
{
    public static IReadOnlyList<Diagnostic> Diagnose(PeriodSettlement settlement, IReadOnlyList<SourceText> files) =>
        settlement.Missing
            .Select(missing => new Diagnostic(
                Where(missing.Section, files),
                Severity.Error,
                DiagnosticCodes.ActualsIncomplete,
                $"{settlement.Period.Label} cannot be settled in full: {missing.Message}"
                + (missing.NeededBy is { } source ? $" ({source})" : string.Empty)
                + $". Add it to '{missing.Section}', or settle provisionally."))
            .ToArray();

    private static SourceLocation Where(string section, IReadOnlyList<SourceText> files)
    {
        var path = FieldPath.Root.Key(section);
        foreach (var file in files)
        {
            var lines = file.Text.Split('\n');
            var line = Array.FindIndex(lines, text => text.StartsWith(section + ":", StringComparison.Ordinal));
            if (line >= 0)
            {
                return new SourceLocation(file.Name, line + 1, 1, path);
            }
        }

        // No file has the section: the place to add it is the first file, from its start (1:1, so editors can go there).
        return files.Count > 0 ? new SourceLocation(files[0].Name, 1, 1, path) : new SourceLocation("actuals", 0, 0, path);
    }
}
