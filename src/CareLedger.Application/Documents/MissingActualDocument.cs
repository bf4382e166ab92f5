using CareLedger.Domain;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Application.Documents;

/// <summary>
/// One thing a provisional settlement's period needed from the actuals and did not find: the actuals section it
/// belongs in, what is expected, the periods it is missing for, what settles on it and where the contract says so.
/// </summary>
public sealed record MissingActualDocument(string Section, string Expected, ValueList<string> Periods, string NeededFor, SourceRef? NeededBy, string Message)
{
    public static MissingActualDocument Of(MissingActual missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return new(missing.Section, missing.Expected, missing.Periods.Select(period => period.Label).ToValueList(), missing.NeededFor, missing.NeededBy, missing.Message);
    }
}
