using CareLedger.Data.Storage;
using CareLedger.Specs;
using CareLedger.Specs.Templates;

namespace CareLedger.TestSupport.Databases;

/// <summary>
/// Puts a template's contract into a test database as its first stored version, straight into the tables, so tests
/// of what builds on stored contracts (imports, settlement runs) need nothing else. Returns the contract's id.
/// </summary>
public static class ContractSeed
{
    public static async Task<string> StoreAsync(LedgerDatabase database, string template = "mid-notts-alliance")
    {
        var found = TemplateCatalog.Find(template) ?? throw new ArgumentException($"No template '{template}'.", nameof(template));
        var fileName = template + ".yaml";
        var contract = ContractLoader.Load(found.Yaml, fileName).Contract ?? throw new InvalidOperationException($"Template '{template}' does not read.");
        var id = contract.Id.Value;
        const string At = "2026-12-01T09:00:00.000000Z";
        await using var transaction = await database.BeginAsync();
        await transaction.ExecuteAsync("INSERT INTO contracts (id, created_at, created_by) VALUES (@id, @At, 'test:seed')", new { id, At });
        await transaction.ExecuteAsync(
            "INSERT INTO contract_versions (contract_id, version, name, file_name, yaml, fingerprint, note, created_at, created_by) "
            + "VALUES (@id, 1, @name, @fileName, @yaml, @fingerprint, NULL, @At, 'test:seed')",
            new { id, name = contract.Name, fileName, yaml = found.Yaml, fingerprint = Data.Fingerprint.Of(found.Yaml), At });
        await transaction.CommitAsync();
        return id;
    }
}
