using System.Text.Json;
using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Data.Evidence;

/// <summary>
/// Evidence for outcome results: documents attached to an indicator's result for a period, checked (the indicator and
/// period exist, the document is a kind accepted and within the size limit) and stored as uploaded. The same document
/// twice for the same result is recognised and stored once.
/// </summary>
public sealed class EvidenceFiles(LedgerDatabase database, ContractVersions contracts, AuditTrail audit)
{
    /// <summary>The largest document accepted: board papers and extracts fit well within it.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private const string Columns =
        "id AS Id, contract_id AS ContractId, indicator_id AS IndicatorId, period AS Period, file_name AS FileName, media_type AS MediaType, size AS Size, "
        + "fingerprint AS Fingerprint, note AS Note, created_at AS CreatedAt, created_by AS CreatedBy";

    public async Task<ServiceResult<EvidenceFile>> AddAsync(Actor actor, string contractId, EvidenceUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(upload);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<EvidenceFile>();
        }

        var indicators = version.Contract.Frameworks.SelectMany(framework => framework.Indicators).ToArray();
        if (indicators.All(indicator => indicator.Id.Value != upload.IndicatorId))
        {
            return Refused("indicator", $"'{upload.IndicatorId}' is not an indicator of this contract; its indicators are {string.Join(", ", indicators.Select(indicator => indicator.Id.Value))}.");
        }

        if (!version.Contract.Term.Calendar.TryParse(upload.Period, out var period, out var periodError))
        {
            return Refused("period", periodError);
        }

        if (upload.FileName.Length is 0 or > 255 || PrintableText.Problem(upload.FileName, PrintableText.Kind.Line) is not null || upload.FileName.IndexOfAny(['/', '\\']) >= 0)
        {
            return Refused("file_name", "Give the document's file name: 1 to 255 printable characters, without folders.");
        }

        if (upload.Content.Length > MaxBytes)
        {
            return Refused("content", $"The document is {upload.Content.Length / 1024.0 / 1024.0:0.0} MiB; evidence is limited to {MaxBytes / 1024 / 1024} MiB. Attach the pages that show the result.");
        }

        if (EvidenceKind.Detect(upload.Content, upload.FileName) is not { } mediaType)
        {
            return Refused("content", $"'{upload.FileName}' is not a kind of document accepted as evidence ({string.Join(", ", EvidenceKind.Accepted)}).");
        }

        if (upload.Note is { } note && (note.Length > 2_000 || PrintableText.Problem(note, PrintableText.Kind.Paragraph) is not null))
        {
            return Refused("note", "A note is at most 2,000 printable characters.");
        }

        var fingerprint = Fingerprint.Of(upload.Content);
        var existing = await transaction.QuerySingleOrDefaultAsync<EvidenceFile>(
            $"SELECT {Columns} FROM evidence_files WHERE contract_id = @contractId AND indicator_id = @IndicatorId AND period = @period AND fingerprint = @fingerprint",
            new { contractId, upload.IndicatorId, period = period!.Label, fingerprint },
            cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return ServiceResult<EvidenceFile>.Success(existing);
        }

        var file = new EvidenceFile(
            Guid.NewGuid().ToString("N"), contractId, upload.IndicatorId, period.Label, upload.FileName, mediaType, upload.Content.Length, fingerprint, upload.Note,
            LedgerTime.Format(TimeProvider.System.GetUtcNow()), actor.Name);
        await transaction.ExecuteAsync(
            "INSERT INTO evidence_files (id, contract_id, indicator_id, period, file_name, media_type, size, content, fingerprint, note, created_at, created_by) "
            + "VALUES (@Id, @ContractId, @IndicatorId, @Period, @FileName, @MediaType, @Size, @content, @Fingerprint, @Note, @CreatedAt, @CreatedBy)",
            new { file.Id, file.ContractId, file.IndicatorId, file.Period, file.FileName, file.MediaType, file.Size, content = upload.Content, file.Fingerprint, file.Note, file.CreatedAt, file.CreatedBy },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("evidence.added", "evidence", file.Id, contractId, null, JsonSerializer.Serialize(file)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ServiceResult<EvidenceFile>.Success(file);

        static ServiceResult<EvidenceFile> Refused(string field, string message) => ServiceResult<EvidenceFile>.Rejected(new RequestProblem(field, message));
    }

    /// <summary>The evidence of a contract, optionally for one indicator, oldest first.</summary>
    public async Task<IReadOnlyList<EvidenceFile>> ListAsync(string contractId, string? indicatorId = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.QueryAsync<EvidenceFile>(
            $"SELECT {Columns} FROM evidence_files WHERE contract_id = @contractId AND (@indicatorId IS NULL OR indicator_id = @indicatorId) ORDER BY created_at, id",
            new { contractId, indicatorId },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A document's record and content, or null.</summary>
    public async Task<(EvidenceFile File, byte[] Content)?> ReadAsync(string contractId, string id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var file = await transaction.QuerySingleOrDefaultAsync<EvidenceFile>(
            $"SELECT {Columns} FROM evidence_files WHERE contract_id = @contractId AND id = @id", new { contractId, id }, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }

        var content = await transaction.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT content FROM evidence_files WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        return (file, content!);
    }
}
