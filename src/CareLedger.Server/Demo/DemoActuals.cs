using System.Text;
using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Data;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;

namespace CareLedger.Server.Demo;

/// <summary>
/// Stores a template's example year of actuals for the demo, checked first exactly as a settlement reads them, as
/// one import row and its audit entry in one transaction; a file already imported is recognised by its fingerprint
/// and not stored twice. (Users import through the actuals import service; the demo only needs the templates' own
/// files, which are known to be clean.)
/// </summary>
internal sealed class DemoActuals(LedgerDatabase database, ContractVersions contracts, ActualsService reader, AuditTrail audit)
{
    public async Task<bool> ImportAsync(Actor actor, string contractId, SourceText actuals, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginAsync(cancellationToken);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken);
        var checkedActuals = opened.Value is { } version ? reader.Load(version.Contract, [actuals]) : null;
        if (checkedActuals?.Value is null)
        {
            throw new InvalidOperationException($"The demo's actuals for {contractId} do not check: {string.Join("; ", checkedActuals?.Diagnostics ?? opened.Diagnostics)}");
        }

        var fingerprint = Fingerprint.Of(actuals.Text);
        var existing = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM actuals_imports WHERE contract_id = @contractId AND fingerprint = @fingerprint", new { contractId, fingerprint }, cancellationToken);
        if (existing > 0)
        {
            return false;
        }

        var sequence = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COALESCE(MAX(sequence), 0) + 1 FROM actuals_imports WHERE contract_id = @contractId", new { contractId }, cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        var at = LedgerTime.Format(TimeProvider.System.GetUtcNow());
        await transaction.ExecuteAsync(
            "INSERT INTO actuals_imports (id, contract_id, sequence, file_name, format, content, text, fingerprint, replaces, row_count, created_at, created_by) "
            + "VALUES (@id, @contractId, @sequence, @fileName, 'yaml', @content, @text, @fingerprint, NULL, @rows, @at, @by)",
            new { id, contractId, sequence, fileName = actuals.Name, content = Encoding.UTF8.GetBytes(actuals.Text), text = actuals.Text, fingerprint, rows = actuals.Text.Count(character => character == '\n'), at, by = actor.Name },
            cancellationToken);
        await audit.AppendAsync(transaction, actor, new AuditChange("actuals.imported", "actuals-import", id, contractId, null, $"{{\"file\":\"{actuals.Name}\",\"fingerprint\":\"{fingerprint}\"}}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
