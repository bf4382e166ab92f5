using System.Text.Json;
using CareLedger.Application;
using CareLedger.Application.Contracts;
using CareLedger.Data.Audit;
using CareLedger.Data.Storage;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Contracts;

/// <summary>
/// Contracts and their versions. An upload is validated exactly as <c>careledger validate</c> does; a contract with
/// errors is not stored. A valid text becomes the next version, with its text and fingerprint, and nothing already
/// stored is ever rewritten. Uploading the current text again stores nothing.
/// </summary>
public sealed class ContractVersions(LedgerDatabase database, AuditTrail audit, ContractService? contracts = null)
{
    private const string VersionColumns =
        "contract_id AS ContractId, version AS Version, name AS Name, file_name AS FileName, fingerprint AS Fingerprint, note AS Note, created_at AS CreatedAt, created_by AS CreatedBy";

    private readonly ContractService contracts = contracts ?? new ContractService();

    /// <summary>
    /// Validates and stores <paramref name="text"/> as the next version of the contract it names (its <c>id:</c>).
    /// When <paramref name="basedOn"/> is given (an edit of that version) and another version has been stored since,
    /// nothing is stored and the result is a conflict.
    /// </summary>
    public Task<UploadResult> UploadAsync(Actor actor, SourceText text, string? note = null, long? basedOn = null, CancellationToken cancellationToken = default) =>
        StoreAsync(actor, text, null, note, basedOn, cancellationToken);

    /// <summary>
    /// Stores <paramref name="text"/> as the next version of <paramref name="contractId"/>, an edit of version
    /// <paramref name="basedOn"/>. The stored contract is the one the YAML names, so a text naming another contract
    /// is refused (<see cref="UploadStatus.WrongContract"/>) rather than creating or changing that one.
    /// </summary>
    public Task<UploadResult> ReviseAsync(Actor actor, string contractId, SourceText text, long? basedOn, string? note = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contractId);
        return StoreAsync(actor, text, contractId, note, basedOn, cancellationToken);
    }

    private async Task<UploadResult> StoreAsync(Actor actor, SourceText text, string? expectedId, string? note, long? basedOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(text);
        var checkedContract = contracts.Check(text);
        if (checkedContract.Contract is { } named && expectedId is not null && named.Id.Value != expectedId)
        {
            return new UploadResult(UploadStatus.WrongContract, null, checkedContract.Diagnostics, NamedContractId: named.Id.Value);
        }

        if (checkedContract.HasErrors || checkedContract.Contract is not { } contract)
        {
            return new UploadResult(UploadStatus.Invalid, null, checkedContract.Diagnostics);
        }

        var contractId = contract.Id.Value;
        var fingerprint = Fingerprint.Of(text.Text);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Contracts, cancellationToken).ConfigureAwait(false);
        var current = await CurrentAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        if (basedOn is { } expected && (current?.Version ?? 0) != expected)
        {
            return new UploadResult(UploadStatus.Conflict, current, checkedContract.Diagnostics, current?.Version ?? 0);
        }

        if (current is not null && current.Fingerprint == fingerprint)
        {
            return new UploadResult(UploadStatus.Unchanged, current, checkedContract.Diagnostics, current.Version);
        }

        var now = LedgerTime.Format(TimeProvider.System.GetUtcNow());
        if (current is null)
        {
            await transaction.ExecuteAsync(
                "INSERT INTO contracts (id, created_at, created_by) VALUES (@contractId, @now, @actor)",
                new { contractId, now, actor = actor.Name },
                cancellationToken).ConfigureAwait(false);
        }

        var version = new ContractVersion(contractId, (current?.Version ?? 0) + 1, contract.Name, text.Name, fingerprint, note, now, actor.Name);
        await transaction.ExecuteAsync(
            "INSERT INTO contract_versions (contract_id, version, name, file_name, yaml, fingerprint, note, created_at, created_by) "
            + "VALUES (@ContractId, @Version, @Name, @FileName, @Yaml, @Fingerprint, @Note, @CreatedAt, @CreatedBy)",
            new { version.ContractId, version.Version, version.Name, version.FileName, Yaml = text.Text, version.Fingerprint, version.Note, version.CreatedAt, version.CreatedBy },
            cancellationToken).ConfigureAwait(false);
        foreach (var party in contract.Parties)
        {
            await transaction.ExecuteAsync(
                "INSERT INTO contract_parties (contract_id, version, party_id, name, roles, membership) VALUES (@contractId, @version, @partyId, @name, @roles, @membership)",
                new
                {
                    contractId,
                    version = version.Version,
                    partyId = party.Id.Value,
                    name = party.Name,
                    roles = string.Join(' ', party.Roles.Order().Select(role => SpecWords.Role.WordFor(role))),
                    membership = party.Membership is { } membership ? SpecWords.Membership.WordFor(membership) : null,
                },
                cancellationToken).ConfigureAwait(false);
        }

        await audit.AppendAsync(
            transaction,
            actor,
            new AuditChange("contract.version.added", "contract", contractId, contractId, current is null ? null : Describe(current), Describe(version)),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UploadResult(UploadStatus.Added, version, checkedContract.Diagnostics, version.Version);
    }

    /// <summary>The current version of every contract, by id.</summary>
    public async Task<IReadOnlyList<ContractVersion>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.QueryAsync<ContractVersion>(
            $"SELECT {VersionColumns} FROM contract_versions v WHERE version = (SELECT MAX(version) FROM contract_versions w WHERE w.contract_id = v.contract_id) ORDER BY contract_id",
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every version of a contract, oldest first; empty when there is no such contract.</summary>
    public async Task<IReadOnlyList<ContractVersion>> VersionsAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.QueryAsync<ContractVersion>(
            $"SELECT {VersionColumns} FROM contract_versions WHERE contract_id = @contractId ORDER BY version",
            new { contractId },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The current version of a contract, or null when there is no such contract.</summary>
    public async Task<ContractVersion?> CurrentAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await CurrentAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A version's text exactly as uploaded (version null: the current one), or null when there is none.</summary>
    public async Task<StoredContractText?> TextAsync(string contractId, long? version = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await TextAsync(transaction, contractId, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parties of a contract's version (null: the current one).</summary>
    public async Task<IReadOnlyList<ContractParty>> PartiesAsync(string contractId, long? version = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.QueryAsync<ContractParty>(
            "SELECT contract_id AS ContractId, version AS Version, party_id AS PartyId, name AS Name, roles AS Roles, membership AS Membership FROM contract_parties "
            + "WHERE contract_id = @contractId AND version = COALESCE(@version, (SELECT MAX(version) FROM contract_versions WHERE contract_id = @contractId)) ORDER BY party_id",
            new { contractId, version },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What changed between two versions, key by key; null when either version does not exist.</summary>
    public async Task<IReadOnlyList<ContractDifference>?> CompareAsync(string contractId, long from, long to, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var before = await TextAsync(transaction, contractId, from, cancellationToken).ConfigureAwait(false);
        var after = await TextAsync(transaction, contractId, to, cancellationToken).ConfigureAwait(false);
        return before is null || after is null ? null : ContractComparison.Compare(before.Yaml, after.Yaml);
    }

    /// <summary>
    /// The contract of a stored version, opened for computing. Stored versions validated when uploaded, so this fails
    /// only if the validation rules have since become stricter; the diagnostics then say why.
    /// </summary>
    public async Task<ServiceResult<OpenedVersion>> OpenAsync(LedgerTransaction transaction, string contractId, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var text = await TextAsync(transaction, contractId, version, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            return ServiceResult<OpenedVersion>.Rejected(new RequestProblem("contract", $"There is no contract '{contractId}'{(version is null ? string.Empty : $" version {version}")}."));
        }

        var opened = contracts.Open(new SourceText(text.Version.FileName, text.Yaml));
        return opened.Value?.Contract is Contract contract
            ? ServiceResult<OpenedVersion>.Success(new OpenedVersion(text.Version, contract, text.Yaml), opened.Diagnostics)
            : opened.FailedAs<OpenedVersion>();
    }

    internal static async Task<ContractVersion?> CurrentAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        await transaction.QuerySingleOrDefaultAsync<ContractVersion>(
            $"SELECT {VersionColumns} FROM contract_versions WHERE contract_id = @contractId ORDER BY version DESC LIMIT 1",
            new { contractId },
            cancellationToken).ConfigureAwait(false);

    private static async Task<StoredContractText?> TextAsync(LedgerTransaction transaction, string contractId, long? version, CancellationToken cancellationToken)
    {
        var row = await transaction.QuerySingleOrDefaultAsync<VersionWithText>(
            $"SELECT {VersionColumns}, yaml AS Yaml FROM contract_versions WHERE contract_id = @contractId "
            + "AND version = COALESCE(@version, (SELECT MAX(version) FROM contract_versions WHERE contract_id = @contractId))",
            new { contractId, version },
            cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : new StoredContractText(new ContractVersion(row.ContractId, row.Version, row.Name, row.FileName, row.Fingerprint, row.Note, row.CreatedAt, row.CreatedBy), row.Yaml);
    }

    private static string Describe(ContractVersion version) =>
        JsonSerializer.Serialize(new { version.Version, version.Name, version.FileName, version.Fingerprint, version.Note });

    private sealed record VersionWithText(string ContractId, long Version, string Name, string FileName, string Fingerprint, string? Note, string CreatedAt, string CreatedBy, string Yaml);
}
