using System.Text;
using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Imports;
using CareLedger.Data.Periods;
using CareLedger.Data.Settlements;
using CareLedger.Data.Storage;
using CareLedger.Specs.Templates;

namespace CareLedger.Data.Tests;

/// <summary>The ledger's services over one test database, with a template's contract uploaded.</summary>
public sealed class LedgerFixture(LedgerDatabase database)
{
    public static readonly Actor Finance = Actor.User("finance@mansfield-ashfield.example");

    public LedgerDatabase Database { get; } = database;

    public AuditTrail Audit { get; } = new();

    public ContractVersions Contracts => new(Database, Audit);

    public PeriodRegister Periods => new(Database, Contracts, Audit);

    public SettlementRuns Runs => new(Database, Contracts, new StoredActualsFromText(), new RecordedDecisions(), Audit);

    public BoardDecisions Board => new(Database, Contracts, Audit);

    public Corrections Corrections => new(Database, Contracts, Audit);

    public Evidence.EvidenceFiles Evidence => new(Database, Contracts, Audit);

    public async Task<string> UploadAsync(string template)
    {
        var result = await Contracts.UploadAsync(Finance, new SourceText(template + ".yaml", TemplateCatalog.Find(template)!.Yaml));
        return result.Version?.ContractId ?? throw new InvalidOperationException($"{template} did not upload: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>Stores an import row directly, as the import service does after its checks.</summary>
    public async Task<string> ImportTextAsync(string contractId, string fileName, string text, string? replaces = null)
    {
        await using var transaction = await Database.BeginAsync();
        var sequence = await transaction.QuerySingleOrDefaultAsync<long>("SELECT COALESCE(MAX(sequence), 0) + 1 FROM actuals_imports WHERE contract_id = @contractId", new { contractId });
        var id = Guid.NewGuid().ToString("N");
        await transaction.ExecuteAsync(
            "INSERT INTO actuals_imports (id, contract_id, sequence, file_name, format, content, text, fingerprint, replaces, row_count, created_at, created_by) "
            + "VALUES (@id, @contractId, @sequence, @fileName, 'yaml', @content, @text, @fingerprint, @replaces, 0, @at, 'test')",
            new { id, contractId, sequence, fileName, content = Encoding.UTF8.GetBytes(text), text, fingerprint = Fingerprint.Of(text), replaces, at = LedgerTime.Format(DateTimeOffset.UtcNow) });
        await transaction.CommitAsync();
        return id;
    }

    public static string TemplateActuals(string template) => TemplateCatalog.Find(template)!.ActualsYaml;
}
