using CareLedger.Application;
using CareLedger.Data.Contracts;
using CareLedger.Data.Evidence;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;

namespace CareLedger.Data.Outcomes;

/// <summary>
/// Each outcomes framework of a contract's current version with, for every indicator, its weight, the results
/// imported for it (each citing its file and row) and the evidence documents attached to it: where an alliance
/// stands on its outcomes, from the same stored actuals a settlement reads.
/// </summary>
public sealed class OutcomeResults(LedgerDatabase database, ContractVersions contracts, IStoredActuals stored, EvidenceFiles evidence)
{
    public async Task<ServiceResult<OutcomeReport>> ReportAsync(string contractId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<IndicatorResult> results;
        OpenedVersion opened;
        await using (var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var open = await contracts.OpenAsync(transaction, contractId, version: null, cancellationToken).ConfigureAwait(false);
            if (open.Value is not { } found)
            {
                return open.FailedAs<OutcomeReport>();
            }

            opened = found;
            var actuals = await stored.LoadAsync(transaction, found.Contract, contractId, cancellationToken).ConfigureAwait(false);
            if (actuals.Value is not { } snapshot)
            {
                return actuals.FailedAs<OutcomeReport>();
            }

            results = snapshot.Actuals.Indicators;
        }

        var documents = (await evidence.ListAsync(contractId, cancellationToken: cancellationToken).ConfigureAwait(false)).ToLookup(file => file.IndicatorId, StringComparer.Ordinal);
        var byIndicator = results.ToLookup(result => result.Indicator.Value, StringComparer.Ordinal);
        var frameworks = opened.Contract.Frameworks.Select(framework => new FrameworkResults(
            framework.Id.Value,
            framework.Name,
            [.. framework.Outcomes.SelectMany(outcome => outcome.Indicators.Select(indicator => Of(outcome, indicator, byIndicator[indicator.Id.Value], documents[indicator.Id.Value])))]));
        return ServiceResult<OutcomeReport>.Success(new OutcomeReport(contractId, opened.Version.Version, [.. frameworks]));
    }

    private static IndicatorResults Of(Outcome outcome, Indicator indicator, IEnumerable<IndicatorResult> results, IEnumerable<EvidenceFile> documents) => new(
        indicator.Id.Value,
        indicator.Name,
        outcome.Id.Value,
        indicator.Category.ToString(),
        indicator.Weight.Value,
        indicator.Measure is MilestoneMeasure ? "milestone" : "metric",
        [.. results.OrderBy(result => result.Period.Label, StringComparer.Ordinal).Select(result => new RecordedResult(
            result.Period.Label, result.Status?.ToString(), result.Value, result.Evidence, result.Source?.File, result.Source?.Line))],
        [.. documents]);
}

/// <summary>A contract's outcomes frameworks as of its current version, with what has been recorded against each indicator.</summary>
public sealed record OutcomeReport(string ContractId, long ContractVersion, IReadOnlyList<FrameworkResults> Frameworks);

/// <summary>One framework and its indicators, in the contract's order.</summary>
public sealed record FrameworkResults(string Id, string Name, IReadOnlyList<IndicatorResults> Indicators);

/// <summary>
/// One indicator: its outcome, category, weight (percent of the whole outcome pot), how it is measured, each result
/// imported for it and the documents attached as evidence.
/// </summary>
public sealed record IndicatorResults(
    string Id, string Name, string Outcome, string Category, decimal WeightPercent, string Measure, IReadOnlyList<RecordedResult> Results, IReadOnlyList<EvidenceFile> Evidence);

/// <summary>A result as imported: the period, a milestone's status or a metric's value, the evidence named with it, and the file and line it came from.</summary>
public sealed record RecordedResult(string Period, string? Status, decimal? Value, string Evidence, string? File, int? Line);
