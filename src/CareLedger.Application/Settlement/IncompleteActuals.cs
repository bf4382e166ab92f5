using CareLedger.Domain.Settlement;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Settlement;

/// <summary>
/// What a settlement found missing from the actuals, as errors (CL809) that say what to add: one per missing thing,
/// located at the actuals section it belongs in (the first actuals file given, as a whole, since the row does not
/// exist yet) and citing the contract term that needs it.
/// </summary>
internal static class IncompleteActuals
{
    public static IReadOnlyList<Diagnostic> Diagnose(PeriodSettlement settlement, string actualsFile) =>
        settlement.Missing
            .Select(missing => new Diagnostic(
                new SourceLocation(actualsFile, 0, 0, FieldPath.Root.Key(missing.Section)),
                Severity.Error,
                DiagnosticCodes.ActualsIncomplete,
                $"{settlement.Period.Label} cannot be settled in full: {missing.Message}"
                + (missing.NeededBy is { } source ? $" ({source})" : string.Empty)
                + $". Add it to '{missing.Section}', or settle provisionally."))
            .ToArray();
}
