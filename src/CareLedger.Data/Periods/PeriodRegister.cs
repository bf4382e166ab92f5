using System.Text.Json;
using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Domain.Periods;

namespace CareLedger.Data.Periods;

/// <summary>
/// The periods of a contract and their life: open → settled → closed. A period's state is its latest event; events
/// are only ever added. Closing needs a complete (not provisional) settlement and locks the period and every period
/// inside it; a correction then goes in a later open period, with its reason.
/// </summary>
public sealed class PeriodRegister(LedgerDatabase database, ContractVersions contracts, AuditTrail audit)
{
    private const string EventColumns =
        "contract_id AS ContractId, period AS Period, sequence AS Sequence, state AS State, run_id AS RunId, reason AS Reason, at AS At, by_actor AS ByActor";

    /// <summary>Every year, quarter and month of the contract's term, with its state; null when there is no such contract.</summary>
    public async Task<IReadOnlyList<PeriodStatus>?> ListAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return null;
        }

        var events = await EventsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var runs = await LatestRunsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var statuses = new List<PeriodStatus>();
        foreach (var year in version.Contract.Term.Calendar.Years)
        {
            foreach (var period in (IEnumerable<ContractPeriod>)[year.AsPeriod(), .. year.Quarters(), .. year.Months()])
            {
                statuses.Add(StatusOf(period.Label, events, runs));
            }
        }

        return statuses;
    }

    /// <summary>The state of one period (by label, as written), or a problem when the contract or label is unknown.</summary>
    public async Task<ServiceResult<PeriodStatus>> StatusAsync(string contractId, string period, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var parsed = await ParseAsync(transaction, contractId, period, cancellationToken).ConfigureAwait(false);
        if (parsed.Value is not { } label)
        {
            return parsed.FailedAs<PeriodStatus>();
        }

        var events = await EventsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var runs = await LatestRunsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        return ServiceResult<PeriodStatus>.Success(StatusOf(label.Label, events, runs));
    }

    /// <summary>
    /// Closes a settled period. Refused when it is not settled, is settled only provisionally, or is already locked.
    /// </summary>
    public async Task<ServiceResult<PeriodStatus>> CloseAsync(Actor actor, string contractId, string period, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Periods, cancellationToken).ConfigureAwait(false);
        var parsed = await ParseAsync(transaction, contractId, period, cancellationToken).ConfigureAwait(false);
        if (parsed.Value is not { } contractPeriod)
        {
            return parsed.FailedAs<PeriodStatus>();
        }

        var events = await EventsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var runs = await LatestRunsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var status = StatusOf(contractPeriod.Label, events, runs);
        var locks = LocksOf(events);
        if (locks.LockedBy(contractPeriod) is { } lockedBy)
        {
            return Refused(lockedBy == contractPeriod.Label ? $"{contractPeriod.Label} is already closed." : $"{contractPeriod.Label} is already locked: {lockedBy}, which contains it, is closed.");
        }

        if (status.LatestRunId is null)
        {
            return Refused($"{contractPeriod.Label} has not been settled; settle it before closing it.");
        }

        if (status.LatestRunProvisional)
        {
            return Refused($"{contractPeriod.Label} is settled only provisionally (its actuals were incomplete); import the missing actuals and settle it again before closing it.");
        }

        var sequence = NextSequence(events, contractPeriod.Label);
        var at = LedgerTime.Format(TimeProvider.System.GetUtcNow());
        await transaction.ExecuteAsync(
            "INSERT INTO period_events (contract_id, period, sequence, state, run_id, reason, at, by_actor) VALUES (@contractId, @period, @sequence, 'closed', @runId, @reason, @at, @actor)",
            new { contractId, period = contractPeriod.Label, sequence, runId = status.LatestRunId, reason, at, actor = actor.Name },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(
            transaction,
            actor,
            new AuditChange(
                "period.closed",
                "period",
                contractId + "/" + contractPeriod.Label,
                contractId,
                JsonSerializer.Serialize(new { State = status.State.ToString().ToLowerInvariant(), RunId = status.LatestRunId }),
                JsonSerializer.Serialize(new { State = "closed", RunId = status.LatestRunId, Reason = reason })),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ServiceResult<PeriodStatus>.Success(status with { State = PeriodState.Closed, ClosedAt = at, ClosedBy = actor.Name, CloseReason = reason });

        static ServiceResult<PeriodStatus> Refused(string message) => ServiceResult<PeriodStatus>.Rejected(new RequestProblem("period", message));
    }

    /// <summary>The periods closed so far, for deciding what a change may touch.</summary>
    public static async Task<PeriodLocks> LocksAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken = default) =>
        LocksOf(await EventsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false));

    internal static async Task<IReadOnlyList<PeriodEvent>> EventsAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        await transaction.QueryAsync<PeriodEvent>(
            $"SELECT {EventColumns} FROM period_events WHERE contract_id = @contractId ORDER BY period, sequence",
            new { contractId },
            cancellationToken).ConfigureAwait(false);

    internal static long NextSequence(IReadOnlyList<PeriodEvent> events, string period) =>
        events.Where(item => item.Period == period).Select(item => item.Sequence).DefaultIfEmpty(0).Max() + 1;

    private static PeriodLocks LocksOf(IReadOnlyList<PeriodEvent> events) =>
        new(events.Where(item => item.State == "closed").Select(item => item.Period).ToHashSet(StringComparer.Ordinal));

    private async Task<ServiceResult<ContractPeriod>> ParseAsync(LedgerTransaction transaction, string contractId, string period, CancellationToken cancellationToken)
    {
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<ContractPeriod>();
        }

        return version.Contract.Term.Calendar.TryParse(period, out var parsed, out var error)
            ? ServiceResult<ContractPeriod>.Success(parsed!)
            : ServiceResult<ContractPeriod>.Rejected(new RequestProblem("period", error));
    }

    private static async Task<IReadOnlyList<LatestRun>> LatestRunsAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        await transaction.QueryAsync<LatestRun>(
            "SELECT period AS Period, id AS Id, run_number AS RunNumber, provisional AS Provisional FROM settlement_runs r WHERE contract_id = @contractId "
            + "AND run_number = (SELECT MAX(run_number) FROM settlement_runs s WHERE s.contract_id = r.contract_id AND s.period = r.period)",
            new { contractId },
            cancellationToken).ConfigureAwait(false);

    private static PeriodStatus StatusOf(string label, IReadOnlyList<PeriodEvent> events, IReadOnlyList<LatestRun> runs)
    {
        var run = runs.FirstOrDefault(item => item.Period == label);
        var last = events.Where(item => item.Period == label).MaxBy(item => item.Sequence);
        var state = last?.State switch
        {
            "closed" => PeriodState.Closed,
            "settled" => PeriodState.Settled,
            _ => PeriodState.Open,
        };
        var closed = state == PeriodState.Closed ? last : null;
        return new PeriodStatus(label, state, run?.Id, run?.RunNumber, run is { Provisional: not 0 }, closed?.At, closed?.ByActor, closed?.Reason);
    }

    private sealed record LatestRun(string Period, string Id, long RunNumber, long Provisional);
}
