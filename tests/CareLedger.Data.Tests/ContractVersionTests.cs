using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Specs.Templates;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>Uploading contracts: validated as the CLI validates, stored as versions, never rewritten.</summary>
public sealed class ContractVersionTests
{
    private static readonly Actor Finance = Actor.User("finance@mansfield-ashfield.example");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_valid_contract_becomes_version_1_and_the_same_text_again_stores_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var versions = new ContractVersions(test.Database, new AuditTrail());

        var first = await versions.UploadAsync(Finance, MidNotts(), "as signed");
        var again = await versions.UploadAsync(Finance, MidNotts());

        Assert.Equal(UploadStatus.Added, first.Status);
        Assert.Equal(1, first.Version!.Version);
        Assert.Equal("mid-notts-better-together", first.Version.ContractId);
        Assert.Equal(Fingerprint.Of(MidNotts().Text), first.Version.Fingerprint);
        Assert.Equal(UploadStatus.Unchanged, again.Status);
        Assert.Equal(1, again.Version!.Version);
        Assert.Single(await versions.VersionsAsync("mid-notts-better-together"));
        Assert.Equal(MidNotts().Text, (await versions.TextAsync("mid-notts-better-together"))!.Yaml);
        var parties = await versions.PartiesAsync("mid-notts-better-together");
        Assert.Contains(parties, party => party.PartyId == "sherwood-forest" && party.HasRole("provider"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contract_with_errors_is_not_stored_and_the_findings_are_located(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var before = await SchemaDump.TakeAsync(test.Database);
        var published = TemplateCatalog.Find("mid-notts-alliance-as-published")!;

        var result = await new ContractVersions(test.Database, new AuditTrail()).UploadAsync(Finance, new SourceText("published.yaml", published.Yaml));

        Assert.Equal(UploadStatus.Invalid, result.Status);
        Assert.Null(result.Version);
        // The published framework's weights total 99% (CL203), located in the file.
        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == "CL203");
        Assert.Equal("published.yaml", error.Location.File);
        Assert.True(error.Location.Line > 0);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_text_is_the_next_version_and_the_comparison_names_each_changed_key(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var versions = new ContractVersions(test.Database, new AuditTrail());
        await versions.UploadAsync(Finance, MidNotts());
        var renamed = MidNotts().Text.Replace("name: Sherwood Forest Hospitals NHS Foundation Trust", "name: Sherwood Forest Hospitals", StringComparison.Ordinal);
        Assert.NotEqual(MidNotts().Text, renamed);

        var second = await versions.UploadAsync(Finance, new SourceText("mid-notts-alliance.yaml", renamed), "short name");
        var differences = await versions.CompareAsync("mid-notts-better-together", 1, 2);

        Assert.Equal(2, second.Version!.Version);
        var difference = Assert.Single(differences!);
        Assert.Equal("parties[sherwood-forest].name", difference.Path);
        Assert.Equal(DifferenceKind.Changed, difference.Kind);
        Assert.Equal("Sherwood Forest Hospitals NHS Foundation Trust", difference.Before);
        Assert.Equal("Sherwood Forest Hospitals", difference.After);
        Assert.Equal(MidNotts().Text, (await versions.TextAsync("mid-notts-better-together", 1))!.Yaml);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edit_based_on_a_version_that_is_no_longer_current_is_a_conflict_and_stores_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var versions = new ContractVersions(test.Database, new AuditTrail());
        await versions.UploadAsync(Finance, MidNotts());
        var edited = MidNotts().Text + "\n# a comment is a new text\n";
        await versions.UploadAsync(Finance, new SourceText("a.yaml", edited), basedOn: 1);

        var stale = await versions.UploadAsync(Finance, new SourceText("b.yaml", MidNotts().Text + "\n# another edit of version 1\n"), basedOn: 1);

        Assert.Equal(UploadStatus.Conflict, stale.Status);
        Assert.Equal(2, stale.CurrentVersion);
        Assert.Equal(2, (await versions.VersionsAsync("mid-notts-better-together")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_stored_version_is_in_the_audit_trail_and_cannot_be_rewritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        await new ContractVersions(test.Database, new AuditTrail()).UploadAsync(Finance, MidNotts());

        var entries = await new AuditTrail().ReadAsync(test.Database, 0, 10);
        var entry = Assert.Single(entries);
        Assert.Equal("contract.version.added", entry.Action);
        Assert.Equal(Finance.Name, entry.Actor);
        Assert.Null(entry.BeforeState);
        Assert.Contains("\"Version\":1", entry.AfterState, StringComparison.Ordinal);

        await using var transaction = await test.Database.BeginAsync();
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => transaction.ExecuteAsync("UPDATE contract_versions SET yaml = 'x'"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revision_whose_yaml_names_another_contract_is_refused_and_stores_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var versions = new ContractVersions(test.Database, new AuditTrail());
        await versions.UploadAsync(Finance, MidNotts());
        var before = await SchemaDump.TakeAsync(test.Database);
        var other = MidNotts() with { Text = MidNotts().Text.Replace("id: mid-notts-better-together", "id: mid-notts-copy", StringComparison.Ordinal) };

        var result = await versions.ReviseAsync(Finance, "mid-notts-better-together", other, basedOn: 1);

        Assert.Equal(UploadStatus.WrongContract, result.Status);
        Assert.Equal("mid-notts-copy", result.NamedContractId);
        Assert.False(result.Stored);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    private static SourceText MidNotts() => new("mid-notts-alliance.yaml", TemplateCatalog.Find("mid-notts-alliance")!.Yaml);
}
