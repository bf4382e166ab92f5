using CareLedger.Data.Periods;
using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Data.Imports;

/// <summary>
/// Rows that would change a closed period. A closed period's settlement is final, so its actuals are too: an import
/// may not add rows for it (or a period inside it), nor replace an import that has them. Each such row is an error
/// (CL810) at the row, saying what to do instead.
/// </summary>
public static class LockedRows
{
    public const string Code = "CL810";

    /// <summary>The rows from the files in <paramref name="files"/> whose period is locked, as errors.</summary>
    public static IReadOnlyList<Diagnostic> Diagnose(ContractActuals actuals, IReadOnlySet<string> files, PeriodLocks locks, string advice)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(locks);
        var found = new List<Diagnostic>();
        if (locks.Closed.Count == 0)
        {
            return found;
        }

        foreach (var (period, source) in Rows(actuals))
        {
            if (source is null || !files.Contains(source.File) || locks.LockedBy(period) is not { } lockedBy)
            {
                continue;
            }

            var path = FieldPath.TryParse(source.Path, out var parsed) ? parsed : FieldPath.Root;
            found.Add(new Diagnostic(
                new SourceLocation(source.File, source.Line, source.Column, path),
                Severity.Error,
                Code,
                $"{source.Path}: {period.Label} is closed{(lockedBy == period.Label ? string.Empty : $" (within {lockedBy})")}, so its actuals are final; {advice}"));
        }

        return found;
    }

    private static IEnumerable<(ContractPeriod Period, SourceRef? Source)> Rows(ContractActuals actuals) =>
        actuals.Activity.Select(row => (row.Period, row.Source))
            .Concat(actuals.Indicators.Select(row => (row.Period, row.Source)))
            .Concat(actuals.AllowableCosts.Select(row => (row.Period, row.Source)))
            .Concat(actuals.Population.Select(row => (row.Year.AsPeriod(), row.Source)))
            .Concat(actuals.RiskItems.Select(row => (row.Year.AsPeriod(), row.Source)))
            .Concat(actuals.ProviderCosts.Select(row => (row.Year.AsPeriod(), row.Source)))
            .Concat(actuals.Benchmarks.Select(row => (row.Year.AsPeriod(), row.Source)))
            .Concat(actuals.Corridors.Select(row => (row.Year.AsPeriod(), row.Source)))
            .Concat(actuals.Suspensions.Select(row => (row.Year.AsPeriod(), row.Source)));
}
