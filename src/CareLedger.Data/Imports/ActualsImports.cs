using System.Text;
using System.Text.Json;
using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Periods;
using CareLedger.Data.Storage;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Data.Imports;

/// <summary>
/// Imports files of actuals (YAML, CSV tables, Excel workbooks) for a contract in the ledger. All or nothing: every
/// file is read and checked against the contract's current version together with the actuals already imported (so a
/// row given in two imports is a duplicate) before anything is written, and then every file is recorded, each with
/// its audit entry, in one transaction. A rejected import returns every problem, each located at its file, row and
/// column, and changes nothing. A file imported before (the same bytes) is recognised and not counted twice.
/// </summary>
public sealed class ActualsImports(LedgerDatabase database, ContractVersions contracts, AuditTrail audit, TimeProvider? clock = null)
{
    // Files of this many bytes together hold hundreds of thousands of rows.
    private const long LargeImportBytes = 16L * 1024 * 1024;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <param name="progress">Told each <see cref="ImportStage"/> as it begins, on the importing thread.</param>
    public async Task<ServiceResult<ImportOutcome>> ImportAsync(ImportRequest request, Actor actor, IProgress<ImportStage>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (request.Files.Count == 0)
        {
            return ServiceResult<ImportOutcome>.Rejected(new RequestProblem("files", "no files were given; give one or more files of actuals (YAML, CSV or XLSX)."));
        }

        // Reading the files needs no database: done before the transaction, so no lock is held while workbooks are unzipped.
        var decoded = Decode(request.Files);
        if (decoded.Value is not { } incoming)
        {
            return decoded.FailedAs<ImportOutcome>();
        }

        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await LockContractAsync(transaction, request.ContractId, cancellationToken).ConfigureAwait(false);
        progress?.Report(ImportStage.Checking);
        var opened = await contracts.OpenAsync(transaction, request.ContractId, version: null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { Contract: var contract })
        {
            return opened.FailedAs<ImportOutcome>();
        }

        var replaced = await ReplacedAsync(transaction, request, cancellationToken).ConfigureAwait(false);
        if (replaced.Problem is { } replaceProblem)
        {
            return ServiceResult<ImportOutcome>.Rejected(replaceProblem);
        }

        var (known, fresh, knownProblem) = await SortOutKnownAsync(transaction, request, incoming, cancellationToken).ConfigureAwait(false);
        if (knownProblem is not null)
        {
            return ServiceResult<ImportOutcome>.Rejected(knownProblem);
        }

        if (fresh.Count == 0)
        {
            return replaced.Value is { } target
                ? ServiceResult<ImportOutcome>.Rejected(new RequestProblem("replace", $"every file given is already imported, so nothing replaces {target.Id}; give the corrected file."))
                : ServiceResult<ImportOutcome>.Success(new ImportOutcome([.. known.Values.OrderBy(file => file.Index).Select(file => file.File)], null));
        }

        // The actuals in force after this import: those already imported (less the one replaced), then the new files.
        var current = (await ImportStore.CurrentAsync(transaction, request.ContractId, cancellationToken).ConfigureAwait(false))
            .Where(import => import.Id != replaced.Value?.Id)
            .ToArray();
        var sequence = await ImportStore.NextSequenceAsync(transaction, request.ContractId, cancellationToken).ConfigureAwait(false);
        var clashing = StoredFiles.Clashing(current.Select(import => import.FileName).Concat(fresh.Select(file => file.File.Name)));
        var stored = await StoredFiles.DecodeAsync(transaction, current, clashing, cancellationToken).ConfigureAwait(false);
        if (stored.Value is not { } storedFiles)
        {
            return stored.FailedAs<ImportOutcome>();
        }

        var named = fresh.Select((file, index) => Rename(file.File, StoredFiles.NameOf(file.File.Name, sequence + index, clashing))).ToArray();
        var newTexts = named.SelectMany(file => file.Texts).Select(text => text.Name).ToHashSet(StringComparer.Ordinal);
        var locks = await PeriodRegister.LocksAsync(transaction, request.ContractId, cancellationToken).ConfigureAwait(false);
        var judged = Judge(contract, [.. storedFiles.Concat(named).SelectMany(file => file.Texts)], newTexts, locks, request.OnlyFor);
        if (judged.Counts is not { } counts)
        {
            return ServiceResult<ImportOutcome>.Failure(judged.Findings);
        }

        // A large file's checked rows (tens of megabytes for a million) are garbage once judged: collected, and the
        // memory they held given back, before the write, so the database's buffers for the file do not come on top of
        // them. Small imports leave it to the collector.
        if (fresh.Sum(file => (long)file.Original.Content.Length) >= LargeImportBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        progress?.Report(ImportStage.Writing);
        var refused = judged.Refused.ToList();
        if (replaced.Value is { } previous && (locks.Closed.Count > 0 || request.OnlyFor is not null))
        {
            refused.AddRange(await RefusedInReplacedAsync(transaction, contract, previous, clashing, locks, request.OnlyFor, cancellationToken).ConfigureAwait(false));
        }

        if (refused.Count > 0)
        {
            return ServiceResult<ImportOutcome>.Failure([.. judged.Findings, .. refused]);
        }

        var findings = judged.Findings;
        var results = new List<(int Index, ImportedFile File)>(known.Values.Select(file => (file.Index, file.File)));
        for (var index = 0; index < fresh.Count; index++)
        {
            var (file, original, position) = (named[index], fresh[index].Original, fresh[index].Index);
            var record = new ActualsImport(
                ActualsImport.IdFor(request.ContractId, sequence + index),
                request.ContractId,
                sequence + index,
                original.Name,
                file.Format.ToString().ToLowerInvariant(),
                fresh[index].Fingerprint,
                replaced.Value?.Id,
                file.Texts.Sum(text => counts.GetValueOrDefault(text.Name)),
                LedgerTime.Format(_clock.GetUtcNow()),
                actor.Name);
            await ImportStore.InsertAsync(transaction, record, original.Content, TextOf(file), cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(
                transaction,
                actor,
                new AuditChange("actuals.imported", "actuals_import", record.Id, record.ContractId, replaced.Value is { } before ? Describe(before) : null, Describe(record)),
                cancellationToken).ConfigureAwait(false);
            results.Add((position, new ImportedFile(record, AlreadyImported: false)));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ServiceResult<ImportOutcome>.Success(new ImportOutcome([.. results.OrderBy(result => result.Index).Select(result => result.File)], replaced.Value), findings);
    }

    /// <summary>
    /// Checks the actuals in force after the import (<paramref name="texts"/>: those imported before, then the new
    /// files), and finds the new rows a closed period or the caller's parties refuse. Only what the import goes on
    /// to need comes back, so the checked actuals (a million rows of a large file) are let go before the files are
    /// written.
    /// </summary>
    private static Judgement Judge(Domain.Contracts.Contract contract, IReadOnlyList<SourceText> texts, HashSet<string> newTexts, PeriodLocks locks, IReadOnlySet<string>? onlyFor)
    {
        var checkedActuals = new ActualsService().Load(contract, texts);

        // Warnings about files imported before were shown then; errors anywhere stop the import.
        var findings = checkedActuals.Diagnostics.Where(finding => finding.IsError || newTexts.Contains(finding.Location.File)).ToArray();
        if (checkedActuals.Value is not { } actuals)
        {
            return new Judgement(findings, [], null);
        }

        // A closed period's actuals are final: no new rows for it, and no replacing an import that has some.
        var refused = LockedRows.Diagnose(actuals, newTexts, locks, "record a correction in a later open period instead, with its reason.").ToList();
        if (onlyFor is { } parties)
        {
            refused.AddRange(ForeignRows.Diagnose(actuals, newTexts, parties));
        }

        return new Judgement(findings, refused, SourceCounts.Of(actuals));
    }

    private static ServiceResult<IReadOnlyList<ActualsFile>> Decode(IReadOnlyList<ImportFile> files)
    {
        var decoded = new List<ActualsFile>();
        var problems = new List<Diagnostic>();
        foreach (var file in files)
        {
            var result = ActualsFileDecoder.Decode(file.Name, file.Content);
            problems.AddRange(result.Diagnostics);
            if (result.Value is { } value)
            {
                decoded.Add(value);
            }
        }

        return problems.Any(problem => problem.IsError) ? ServiceResult<IReadOnlyList<ActualsFile>>.Failure(problems) : ServiceResult<IReadOnlyList<ActualsFile>>.Success(decoded, problems);
    }

    // PostgreSQL: imports of one contract take turns (their numbers and duplicate checks depend on the ones before).
    // SQLite's write transaction is already one at a time.
    private static async Task LockContractAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken)
    {
        if (transaction.Provider == DatabaseProvider.PostgreSql)
        {
            await transaction.ExecuteAsync("SELECT id FROM contracts WHERE id = @contractId FOR UPDATE", new { contractId }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The rows of the import being replaced that replacing it would wrongly change: those in closed periods, and
    /// (for a caller importing for some parties only) those of other parties.
    /// </summary>
    private static async Task<IReadOnlyList<Diagnostic>> RefusedInReplacedAsync(
        LedgerTransaction transaction, Domain.Contracts.Contract contract, ActualsImport previous, HashSet<string> clashing, PeriodLocks locks, IReadOnlySet<string>? onlyFor, CancellationToken cancellationToken)
    {
        var decoded = await StoredFiles.DecodeAsync(transaction, [previous], clashing, cancellationToken).ConfigureAwait(false);
        if (decoded.Value is not { } files)
        {
            return [];
        }

        var texts = files.SelectMany(file => file.Texts).ToArray();
        if (new ActualsService().Load(contract, texts).Value is not { } rows)
        {
            return [];
        }

        var names = texts.Select(text => text.Name).ToHashSet(StringComparer.Ordinal);
        var refused = LockedRows.Diagnose(rows, names, locks, $"{previous.Id} cannot be replaced; record a correction in a later open period instead, with its reason.").ToList();
        if (onlyFor is not null)
        {
            refused.AddRange(ForeignRows.Diagnose(rows, names, onlyFor, $"{previous.Id} holds rows that are not yours, so you cannot replace it."));
        }

        return refused;
    }

    /// <summary>The import to replace, found by id or number; a problem when there is none or it is already replaced.</summary>
    private static async Task<ServiceResult<ActualsImport>> ReplacedAsync(LedgerTransaction transaction, ImportRequest request, CancellationToken cancellationToken)
    {
        if (request.Replaces is not { } wanted)
        {
            return new ServiceResult<ActualsImport>(null, []);
        }

        var id = long.TryParse(wanted, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? ActualsImport.IdFor(request.ContractId, number)
            : wanted;
        var found = await ImportStore.WithIdAsync(transaction, id, cancellationToken).ConfigureAwait(false);
        if (found is null || found.ContractId != request.ContractId)
        {
            var all = await ImportStore.AllAsync(transaction, request.ContractId, cancellationToken).ConfigureAwait(false);
            var list = all.Count == 0 ? "it has none yet" : "its imports are " + string.Join(", ", all.Select(import => $"{import.Id} ({import.FileName})"));
            return ServiceResult<ActualsImport>.Rejected(new RequestProblem("replace", $"contract '{request.ContractId}' has no import '{wanted}'; {list}."));
        }

        if (await ImportStore.ReplacementOfAsync(transaction, found.Id, cancellationToken).ConfigureAwait(false) is { } later)
        {
            return ServiceResult<ActualsImport>.Rejected(new RequestProblem("replace", $"{found.Id} ({found.FileName}) was already replaced by {later.Id} ({later.FileName}); replace {later.Id} instead."));
        }

        return ServiceResult<ActualsImport>.Success(found);
    }

    /// <summary>Splits the files into those imported before (by fingerprint) and those to import now.</summary>
    private static async Task<(Dictionary<string, (int Index, ImportedFile File)> Known, List<FreshFile> Fresh, RequestProblem? Problem)> SortOutKnownAsync(
        LedgerTransaction transaction, ImportRequest request, IReadOnlyList<ActualsFile> incoming, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, (int, ImportedFile)>(StringComparer.Ordinal);
        var fresh = new List<FreshFile>();
        for (var index = 0; index < incoming.Count; index++)
        {
            var original = request.Files[index];
            var fingerprint = Fingerprint.Of(original.Content.Span);
            if (fresh.Any(file => file.Fingerprint == fingerprint) || known.ContainsKey(fingerprint))
            {
                return (known, fresh, new RequestProblem("files", $"'{original.Name}' is the same file as another given with it; give each file once."));
            }

            if (await ImportStore.WithFingerprintAsync(transaction, request.ContractId, fingerprint, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                if (await ImportStore.ReplacementOfAsync(transaction, earlier.Id, cancellationToken).ConfigureAwait(false) is { } later)
                {
                    return (known, fresh, new RequestProblem(
                        "files",
                        $"'{original.Name}' was imported before as {earlier.Id} ({earlier.FileName}), which {later.Id} ({later.FileName}) replaced; a replaced file cannot be imported again. Change it, or replace {later.Id} with a corrected file."));
                }

                known[fingerprint] = (index, new ImportedFile(earlier, AlreadyImported: true));
                continue;
            }

            fresh.Add(new FreshFile(incoming[index], original, fingerprint, index));
        }

        return (known, fresh, null);
    }

    private static ActualsFile Rename(ActualsFile file, string name)
    {
        if (name == file.Name)
        {
            return file;
        }

        // A workbook's sheets are named after it: book.xlsx[activity] becomes book.xlsx (import 3)[activity].
        var texts = file.Texts.Select(text => text with { Name = name + text.Name[file.Name.Length..] }).ToArray();
        return file with { Name = name, Texts = texts };
    }

    /// <summary>
    /// The text stored beside the bytes, for people and tools: a workbook's tables as CSV. A text file's bytes are
    /// already its text (strict UTF-8, checked on import), so for YAML and CSV nothing is stored again: writing a
    /// large file's text a second time cost as long as every other part of the write together.
    /// </summary>
    private static string TextOf(ActualsFile file)
    {
        if (file.Format != ActualsFormat.Xlsx)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var sheet in file.Texts)
        {
            text.Append("# ").Append(sheet.Name).Append('\n').Append(sheet.Text).Append('\n');
        }

        return text.ToString();
    }

    private static string Describe(ActualsImport import) => JsonSerializer.Serialize(new
    {
        id = import.Id,
        sequence = import.Sequence,
        file = import.FileName,
        format = import.Format,
        fingerprint = import.Fingerprint,
        rows = import.RowCount,
        replaces = import.Replaces,
    });

    /// <param name="Counts">The rows from each file, by name; null when the actuals do not check.</param>
    private sealed record Judgement(IReadOnlyList<Diagnostic> Findings, IReadOnlyList<Diagnostic> Refused, IReadOnlyDictionary<string, long>? Counts);

    private sealed record FreshFile(ActualsFile File, ImportFile Original, string Fingerprint, int Index);
}
