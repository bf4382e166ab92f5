using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Application.Plans;
using CareLedger.Data.Periods;
using CareLedger.Data.Settlements;
using CareLedger.Domain.Periods;

namespace CareLedger.Server.Web;

/// <summary>
/// What the period page shows of one period of an opened contract: its state and every other period of its year,
/// its latest settlement (if settled), and the year so far against plan.
/// </summary>
public sealed class PeriodPages(PeriodRegister periods, SettlementRuns runs, ContractPages contracts, ImmutableReads reads)
{
    /// <summary>The period named by <paramref name="label"/>, or null when the contract has no such period (the page is then "not found").</summary>
    public async Task<PeriodPage?> OpenAsync(OpenContract contract, string? label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (!contract.Contract.Term.Calendar.TryParse(label?.Trim(), out var period, out _)
            || await periods.ListAsync(contract.Version.ContractId, cancellationToken) is not { } all)
        {
            return null;
        }

        var year = all.Where(status => status.Period == period!.Year.Label || status.Period.StartsWith(period.Year.Label + "-", StringComparison.Ordinal)).ToArray();
        var status = year.Single(candidate => candidate.Period == period!.Label);
        var locks = new PeriodLocks(all.Where(candidate => candidate.State == PeriodState.Closed).Select(candidate => candidate.Period).ToHashSet(StringComparer.Ordinal));

        // This period's settlement, and those the year so far counts: only these are read.
        var wanted = YearAgainstPlan.PeriodsToCount(period!, year.Where(candidate => candidate.LatestRunId is not null).Select(candidate => candidate.Period).ToHashSet(StringComparer.Ordinal))
            .Append(period!.Label)
            .ToHashSet(StringComparer.Ordinal);
        var settled = new Dictionary<string, SettlementDocument>(StringComparer.Ordinal);
        SettlementRun? run = null;
        foreach (var candidate in year.Where(candidate => candidate.LatestRunId is not null && wanted.Contains(candidate.Period)))
        {
            // A stored run never changes (settling again makes a new one), so each is read and parsed once.
            var contractId = contract.Version.ContractId;
            var runId = candidate.LatestRunId!;
            if (await reads.GetOrAddAsync((nameof(SettlementRun), contractId, runId), () => ReadAsync(contractId, runId, cancellationToken)) is { } stored)
            {
                settled[candidate.Period] = stored.Document;
                run = candidate.Period == period.Label ? stored.Run : run;
            }
        }

        var budget = contracts.Budget(contract, period.Year.Label).Value?.Years.SingleOrDefault();
        var toDate = budget is null ? null : YearAgainstPlan.Of(period, BudgetYearDocument.Of(budget), settled);
        return new PeriodPage(period, status, locks.LockedBy(period), year, run, run is null ? null : settled[period.Label], toDate);
    }

    private async Task<ParsedRun?> ReadAsync(string contractId, string runId, CancellationToken cancellationToken) =>
        await runs.RunAsync(contractId, runId, cancellationToken) is { } stored
            ? new ParsedRun(stored, CareLedgerJson.Read<SettlementDocument>(stored.Document))
            : null;
}

/// <summary>A stored run and its settlement document, parsed.</summary>
internal sealed record ParsedRun(SettlementRun Run, SettlementDocument Document);

/// <summary>One period as its page shows it; <see cref="Run"/> and <see cref="Settlement"/> are null until it is settled.</summary>
public sealed record PeriodPage(
    ContractPeriod Period,
    PeriodStatus Status,
    string? LockedBy,
    IReadOnlyList<PeriodStatus> Year,
    SettlementRun? Run,
    SettlementDocument? Settlement,
    YearToDate? YearToDate);
