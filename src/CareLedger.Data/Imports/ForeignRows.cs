using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Data.Imports;

/// <summary>
/// Rows a provider may not import. Provider finance imports its own activity and costs only: every activity,
/// allowable-cost and provider-cost row must name one of its parties, and the sections that belong to the
/// commissioner (indicator results, population, risk/reward spend, benchmarks, corridors, suspensions) are not
/// its to give. Each such row is an error (CL811) at the row, so the whole import is refused and nothing is written.
/// </summary>
public static class ForeignRows
{
    public const string Code = "CL811";

    /// <summary>The rows from the files in <paramref name="files"/> that the caller importing for <paramref name="parties"/> may not import, as errors.</summary>
    public static IReadOnlyList<Diagnostic> Diagnose(ContractActuals actuals, IReadOnlySet<string> files, IReadOnlySet<string> parties, string? advice = null)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(parties);
        var yours = parties.Count == 0 ? "no party of this contract" : string.Join(", ", parties.Order(StringComparer.Ordinal));
        var then = advice is null ? string.Empty : " " + advice;
        var found = new List<Diagnostic>();
        foreach (var (party, section, source) in Rows(actuals))
        {
            if (source is null || !files.Contains(source.File) || (party is not null && parties.Contains(party)))
            {
                continue;
            }

            var message = party is null
                ? $"{source.Path}: {section} are imported by the commissioner's finance team, not a provider (you import for {yours}); leave them out of this file.{then}"
                : $"{source.Path}: '{party}' is not your organisation (you import for {yours}); leave its rows out, or ask its finance team or the commissioner's to import them.{then}";
            var path = FieldPath.TryParse(source.Path, out var parsed) ? parsed : FieldPath.Root;
            found.Add(new Diagnostic(new SourceLocation(source.File, source.Line, source.Column, path), Severity.Error, Code, message));
        }

        return found;
    }

    // The party a row belongs to, or null for a section only the commissioner gives.
    private static IEnumerable<(string? Party, string Section, SourceRef? Source)> Rows(ContractActuals actuals) =>
        actuals.Activity.Select(row => ((string?)row.Provider.Value, "activity rows", row.Source))
            .Concat(actuals.AllowableCosts.Select(row => ((string?)row.Provider.Value, "allowable costs", row.Source)))
            .Concat(actuals.ProviderCosts.Select(row => ((string?)row.Party.Value, "provider costs", row.Source)))
            .Concat(actuals.Indicators.Select(row => ((string?)null, "indicator results", row.Source)))
            .Concat(actuals.Population.Select(row => ((string?)null, "population counts", row.Source)))
            .Concat(actuals.RiskItems.Select(row => ((string?)null, "risk/reward spend figures", row.Source)))
            .Concat(actuals.Benchmarks.Select(row => ((string?)null, "benchmark expenditures", row.Source)))
            .Concat(actuals.Corridors.Select(row => ((string?)null, "corridor costs", row.Source)))
            .Concat(actuals.Suspensions.Select(row => ((string?)null, "suspensions", row.Source)));
}
