using System.Globalization;
using System.Text.Json;
using CareLedger.Application;
using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Application.Settlement;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Imports;
using CareLedger.Data.Periods;
using CareLedger.Data.Storage;
using CareLedger.Domain.Settlement;

namespace CareLedger.Data.Settlements;

/// <summary>
/// Settles periods into stored, immutable runs. A run records the fingerprints of its inputs — the contract version,
/// the actuals, the board's decisions — so settling an unchanged period again returns the same run, and settling after
/// new actuals stores a new run that supersedes the old (both kept). A locked (closed) period is never settled again.
/// Two settlements of one period at once, from one server or several, give one run: they take turns under a lock
/// and the second finds the first's run.
/// </summary>
public sealed class SettlementRuns(LedgerDatabase database, ContractVersions contracts, IStoredActuals actuals, IDecisionInputs decisions, AuditTrail audit, SettlementService? settlement = null)
{
    private const string RunColumns =
        "id AS Id, contract_id AS ContractId, period AS Period, run_number AS RunNumber, contract_version AS ContractVersion, contract_fingerprint AS ContractFingerprint, "
        + "actuals_fingerprint AS ActualsFingerprint, decisions_fingerprint AS DecisionsFingerprint, inputs_fingerprint AS InputsFingerprint, provisional AS Provisional, "
        + "currency AS Currency, document AS Document, created_at AS CreatedAt, created_by AS CreatedBy";

    private readonly SettlementService settlement = settlement ?? new SettlementService();

    public async Task<SettleResult> SettleAsync(Actor actor, string contractId, string period, bool provisional = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await UnchangedAsync(contractId, period, provisional, cancellationToken).ConfigureAwait(false) is { } unchanged)
        {
            return new SettleResult(SettleOutcome.Unchanged, unchanged, []);
        }

        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Periods, cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.Problem is { } missing ? SettleResult.Refused(missing, opened.Diagnostics) : SettleResult.Refused(opened.Diagnostics);
        }

        if (!version.Contract.Term.Calendar.TryParse(period, out var parsed, out var error))
        {
            return SettleResult.Refused(new RequestProblem("period", error));
        }

        var locks = await PeriodRegister.LocksAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        if (locks.LockedBy(parsed!) is { } lockedBy)
        {
            return SettleResult.Refused(new RequestProblem(
                "period",
                $"{parsed!.Label} is locked: {lockedBy} is closed. A correction goes in a later open period as an adjustment, with its reason."));
        }

        var decided = await decisions.LoadAsync(transaction, version, cancellationToken).ConfigureAwait(false);
        var snapshot = await actuals.LoadAsync(transaction, decided.Contract, contractId, cancellationToken).ConfigureAwait(false);
        if (snapshot.Value is not { } stored)
        {
            return SettleResult.Refused(snapshot.Diagnostics);
        }

        var withDecisions = decided.Apply(stored.Actuals);
        var inputs = InputsOf(version.Version.Fingerprint, stored.Fingerprint, decided.Fingerprint, provisional);
        var existing = await transaction.QuerySingleOrDefaultAsync<RunRow>(
            $"SELECT {RunColumns} FROM settlement_runs WHERE contract_id = @contractId AND period = @label AND inputs_fingerprint = @inputs",
            new { contractId, label = parsed!.Label, inputs },
            cancellationToken).ConfigureAwait(false);
        var latest = await LatestAsync(transaction, contractId, parsed.Label, cancellationToken).ConfigureAwait(false);
        if (existing is not null && latest is not null && latest.Id == existing.Id)
        {
            return new SettleResult(SettleOutcome.Unchanged, existing.ToRun(), []);
        }

        var settled = settlement.Settle(decided.Contract, withDecisions, parsed.Label, provisional, stored.Files);
        if (settled.Value is not { } result)
        {
            return settled.Problem is { } problem ? SettleResult.Refused(problem, settled.Diagnostics) : SettleResult.Refused(settled.Diagnostics);
        }

        var run = new SettlementRun(
            Guid.NewGuid().ToString("N"),
            contractId,
            parsed.Label,
            (latest?.RunNumber ?? 0) + 1,
            version.Version.Version,
            version.Version.Fingerprint,
            stored.Fingerprint,
            decided.Fingerprint,
            // The same inputs as an earlier, superseded run (actuals put back as they were) make a new run all the same:
            // the period's settlement is always its latest run, and the history shows the return.
            existing is null ? inputs : Fingerprint.Combine(inputs, "run", ((latest?.RunNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)),
            result.Provisional,
            result.Contract.Currency.Code,
            CareLedgerJson.Write(SettlementDocument.Of(result)),
            LedgerTime.Format(TimeProvider.System.GetUtcNow()),
            actor.Name);
        await InsertAsync(transaction, run, result, cancellationToken).ConfigureAwait(false);
        await transaction.ExecuteAsync(
            "INSERT INTO period_events (contract_id, period, sequence, state, run_id, reason, at, by_actor) VALUES (@ContractId, @Period, @sequence, 'settled', @Id, NULL, @CreatedAt, @CreatedBy)",
            new { run.ContractId, run.Period, sequence = PeriodRegister.NextSequence(await PeriodRegister.EventsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false), run.Period), run.Id, run.CreatedAt, run.CreatedBy },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(
            transaction,
            actor,
            new AuditChange("period.settled", "settlement-run", run.Id, contractId, latest is null ? null : Summary(latest.ToRun(), null), Summary(run, result)),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SettleResult(SettleOutcome.Settled, run, settled.Diagnostics);
    }

    /// <summary>
    /// The period's latest run when nothing it was settled from has changed since, found from fingerprints alone
    /// (no file read, no lock taken), so settling an unchanged period again is cheap and never waits for writers.
    /// </summary>
    private async Task<SettlementRun?> UnchangedAsync(string contractId, string period, bool provisional, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var latest = await LatestAsync(transaction, contractId, period, cancellationToken).ConfigureAwait(false);
        var current = latest is null ? null : await ContractVersions.CurrentAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        if (latest is null || current is null)
        {
            return null;
        }

        // A locked period is answered by the full path, which says it is closed.
        var locks = await PeriodRegister.LocksAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        if (locks.Closed.Any(closed => period == closed || period.StartsWith(closed + "-", StringComparison.Ordinal)))
        {
            return null;
        }

        var inputs = InputsOf(
            current.Fingerprint,
            await actuals.FingerprintAsync(transaction, contractId, cancellationToken).ConfigureAwait(false),
            await decisions.FingerprintAsync(transaction, contractId, cancellationToken).ConfigureAwait(false),
            provisional);
        return latest.InputsFingerprint == inputs ? latest.ToRun() : null;
    }

    /// <summary>One fingerprint for everything a run is settled from: the same inputs are the same run.</summary>
    private static string InputsOf(string contract, string actuals, string decisions, bool provisional) =>
        Fingerprint.Combine(contract, actuals, decisions, provisional ? "provisional" : "complete");

    /// <summary>Every run of a period, oldest first (the last is the period's settlement).</summary>
    public async Task<IReadOnlyList<SettlementRun>> RunsAsync(string contractId, string period, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var rows = await transaction.QueryAsync<RunRow>(
            $"SELECT {RunColumns} FROM settlement_runs WHERE contract_id = @contractId AND period = @period ORDER BY run_number",
            new { contractId, period },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => row.ToRun())];
    }

    /// <summary>One run of a contract, or null.</summary>
    public async Task<SettlementRun?> RunAsync(string contractId, string runId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var row = await transaction.QuerySingleOrDefaultAsync<RunRow>(
            $"SELECT {RunColumns} FROM settlement_runs WHERE contract_id = @contractId AND id = @runId",
            new { contractId, runId },
            cancellationToken).ConfigureAwait(false);
        return row?.ToRun();
    }

    /// <summary>The period's settlement: its latest run, or null when it has none.</summary>
    public async Task<SettlementRun?> LatestAsync(string contractId, string period, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return (await LatestAsync(transaction, contractId, period, cancellationToken).ConfigureAwait(false))?.ToRun();
    }

    /// <summary>Each party's total in a run, summed by the database from the stored lines, in minor units.</summary>
    public async Task<IReadOnlyList<PartyTotal>> TotalsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.QueryAsync<PartyTotal>(
            "SELECT party_id AS PartyId, CAST(SUM(amount_minor) AS BIGINT) AS TotalMinor FROM statement_lines WHERE run_id = @runId GROUP BY party_id ORDER BY party_id",
            new { runId },
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<RunRow?> LatestAsync(LedgerTransaction transaction, string contractId, string period, CancellationToken cancellationToken) =>
        await transaction.QuerySingleOrDefaultAsync<RunRow>(
            $"SELECT {RunColumns} FROM settlement_runs WHERE contract_id = @contractId AND period = @period ORDER BY run_number DESC LIMIT 1",
            new { contractId, period },
            cancellationToken).ConfigureAwait(false);

    private static async Task InsertAsync(LedgerTransaction transaction, SettlementRun run, PeriodSettlement result, CancellationToken cancellationToken)
    {
        await transaction.ExecuteAsync(
            "INSERT INTO settlement_runs (id, contract_id, period, run_number, contract_version, contract_fingerprint, actuals_fingerprint, decisions_fingerprint, inputs_fingerprint, provisional, currency, document, created_at, created_by) "
            + "VALUES (@Id, @ContractId, @Period, @RunNumber, @ContractVersion, @ContractFingerprint, @ActualsFingerprint, @DecisionsFingerprint, @InputsFingerprint, @provisional, @Currency, @Document, @CreatedAt, @CreatedBy)",
            new
            {
                run.Id, run.ContractId, run.Period, run.RunNumber, run.ContractVersion, run.ContractFingerprint, run.ActualsFingerprint, run.DecisionsFingerprint,
                run.InputsFingerprint, provisional = run.Provisional ? 1L : 0L, run.Currency, run.Document, run.CreatedAt, run.CreatedBy,
            },
            cancellationToken).ConfigureAwait(false);
        var lines = result.Statements.SelectMany(statement => statement.Lines.Select((line, index) => new
        {
            runId = run.Id,
            partyId = statement.Party.Id.Value,
            lineNumber = (long)index + 1,
            element = line.Element.ToSpecName(),
            counterpartyId = line.Counterparty.Value,
            amountMinor = line.Amount.ToMinorUnits(),
            reason = line.Reason,
        }));
        await transaction.ExecuteAsync(
            "INSERT INTO statement_lines (run_id, party_id, line_number, element, counterparty_id, amount_minor, reason) VALUES (@runId, @partyId, @lineNumber, @element, @counterpartyId, @amountMinor, @reason)",
            lines,
            cancellationToken).ConfigureAwait(false);
    }

    private static string Summary(SettlementRun run, PeriodSettlement? result) => JsonSerializer.Serialize(new
    {
        run.Id,
        run.Period,
        run.RunNumber,
        run.ContractVersion,
        run.InputsFingerprint,
        run.Provisional,
        Totals = result?.Statements.ToDictionary(statement => statement.Party.Id.Value, statement => statement.Total.ToPlainString(), StringComparer.Ordinal),
    });

    private sealed record RunRow(
        string Id, string ContractId, string Period, long RunNumber, long ContractVersion, string ContractFingerprint, string ActualsFingerprint,
        string DecisionsFingerprint, string InputsFingerprint, long Provisional, string Currency, string Document, string CreatedAt, string CreatedBy)
    {
        public SettlementRun ToRun() => new(Id, ContractId, Period, RunNumber, ContractVersion, ContractFingerprint, ActualsFingerprint, DecisionsFingerprint, InputsFingerprint, Provisional != 0, Currency, Document, CreatedAt, CreatedBy);
    }
}
