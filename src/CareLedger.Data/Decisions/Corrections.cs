using System.Text.Json;
using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Periods;
using CareLedger.Data.Storage;
using CareLedger.Domain;
using CareLedger.Domain.Periods;

namespace CareLedger.Data.Decisions;

/// <summary>
/// Corrections of closed periods. A closed period is never settled again; what it got wrong is put right by a
/// correction recorded, with its reason, for a later open month or year, and paid in that period's settlement.
/// </summary>
public sealed class Corrections(LedgerDatabase database, ContractVersions contracts, AuditTrail audit)
{
    private const string Columns =
        "id AS Id, contract_id AS ContractId, sequence AS Sequence, period AS Period, from_party AS FromParty, to_party AS ToParty, amount_minor AS AmountMinor, "
        + "reason AS Reason, corrects AS Corrects, created_at AS CreatedAt, created_by AS CreatedBy";

    public async Task<ServiceResult<RecordedCorrection>> RecordAsync(Actor actor, string contractId, CorrectionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Periods, cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<RecordedCorrection>();
        }

        var contract = version.Contract;
        var locks = await PeriodRegister.LocksAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var problem = Check(contract, locks, request, out var period);
        if (problem is not null)
        {
            return ServiceResult<RecordedCorrection>.Rejected(problem);
        }

        var sequence = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT CAST(COALESCE(MAX(sequence), 0) AS BIGINT) + 1 FROM corrections WHERE contract_id = @contractId", new { contractId }, cancellationToken).ConfigureAwait(false);
        var correction = new RecordedCorrection(
            Guid.NewGuid().ToString("N"),
            contractId,
            sequence,
            period!.Label,
            request.FromParty,
            request.ToParty,
            new Money(request.Amount, contract.Currency).ToMinorUnits(),
            request.Reason.Trim(),
            request.Corrects,
            LedgerTime.Format(TimeProvider.System.GetUtcNow()),
            actor.Name);
        await transaction.ExecuteAsync(
            $"INSERT INTO corrections (id, contract_id, sequence, period, from_party, to_party, amount_minor, reason, corrects, created_at, created_by) "
            + "VALUES (@Id, @ContractId, @Sequence, @Period, @FromParty, @ToParty, @AmountMinor, @Reason, @Corrects, @CreatedAt, @CreatedBy)",
            correction,
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(
            transaction,
            actor,
            new AuditChange("correction.recorded", "correction", correction.Id, contractId, null, JsonSerializer.Serialize(correction)),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ServiceResult<RecordedCorrection>.Success(correction);
    }

    public async Task<IReadOnlyList<RecordedCorrection>> ListAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await ListAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IReadOnlyList<RecordedCorrection>> ListAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        await transaction.QueryAsync<RecordedCorrection>($"SELECT {Columns} FROM corrections WHERE contract_id = @contractId ORDER BY sequence", new { contractId }, cancellationToken).ConfigureAwait(false);

    private static RequestProblem? Check(Domain.Contracts.Contract contract, PeriodLocks locks, CorrectionRequest request, out ContractPeriod? period)
    {
        if (!contract.Term.Calendar.TryParse(request.Period, out period, out var error))
        {
            return new RequestProblem("period", error);
        }

        if (period!.Kind == PeriodKind.Quarter)
        {
            return new RequestProblem("period", $"Record the correction for a month or a year: a quarter settles as its months. For {period.Label}, use one of its months.");
        }

        if (locks.LockedBy(period) is { } lockedBy)
        {
            return new RequestProblem("period", $"{period.Label} is locked ({lockedBy} is closed); record the correction for a later open period.");
        }

        if (request.Corrects is { } corrects && !locks.Closed.Contains(corrects))
        {
            return new RequestProblem("corrects", $"'{corrects}' is not a closed period; a correction corrects a closed period (an open one is simply settled again).");
        }

        foreach (var (field, party) in (ReadOnlySpan<(string, string)>)[("from", request.FromParty), ("to", request.ToParty)])
        {
            if (contract.Parties.All(candidate => candidate.Id.Value != party))
            {
                return new RequestProblem(field, $"'{party}' is not a party of this contract; its parties are {string.Join(", ", contract.Parties.Select(candidate => candidate.Id.Value))}.");
            }
        }

        if (request.FromParty == request.ToParty)
        {
            return new RequestProblem("to", "A correction moves money between two different parties.");
        }

        if (request.Amount <= 0 || request.Amount > CareLedger.Specs.Validation.Limits.Amount)
        {
            return new RequestProblem("amount", $"The amount must be more than zero and at most {CareLedger.Specs.Validation.Limits.Amount:N0}; to move money the other way, swap 'from' and 'to'.");
        }

        if (!new Money(request.Amount, contract.Currency).IsWholeMinorUnits)
        {
            return new RequestProblem("amount", $"{request.Amount} has fractions of a minor unit; give the amount to the penny.");
        }

        var advice = $"Give the reason for the correction (at most {RecordedReason.MaxLength:N0} characters): it is printed on both statements.";
        return RecordedReason.Problem(request.Reason, advice, advice);
    }
}
