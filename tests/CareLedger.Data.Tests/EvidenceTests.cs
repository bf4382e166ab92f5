using System.Text;
using CareLedger.Data.Evidence;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>Evidence for outcome results: checked, stored as uploaded, recognised when uploaded again.</summary>
public sealed class EvidenceTests
{
    private static readonly byte[] Minutes = Encoding.ASCII.GetBytes("%PDF-1.7\n% Alliance board minutes, 14 March 2017: diabetes plan approved\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pdf_for_an_indicator_is_stored_once_and_read_back_byte_for_byte(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync("mid-notts-alliance");

        var added = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plan", "2016/17", "board-minutes.pdf", Minutes, "Item 4"));
        var again = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plan", "2016/17", "copy.pdf", Minutes));

        Assert.Equal("application/pdf", added.Value!.MediaType);
        Assert.Equal(added.Value.Id, again.Value!.Id);
        var listed = await ledger.Evidence.ListAsync(contractId, "diabetes-plan");
        Assert.Single(listed);
        Assert.Empty(await ledger.Evidence.ListAsync(contractId, "diabetes-implement"));
        var read = await ledger.Evidence.ReadAsync(contractId, added.Value.Id);
        Assert.Equal(Minutes, read!.Value.Content);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_that_is_not_a_document_or_names_no_indicator_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync("mid-notts-alliance");
        var before = await SchemaDump.TakeAsync(test.Database);

        var executable = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plan", "2016/17", "minutes.pdf", [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]));
        var unknown = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plann", "2016/17", "minutes.pdf", Minutes));
        var period = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plan", "2031/32", "minutes.pdf", Minutes));
        var path = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plan", "2016/17", "../../etc/passwd", Minutes));
        var huge = await ledger.Evidence.AddAsync(LedgerFixture.Finance, contractId, new EvidenceUpload("diabetes-plan", "2016/17", "big.pdf", [.. Minutes, .. new byte[EvidenceFiles.MaxBytes]]));

        Assert.Contains("not a kind of document accepted", executable.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("is not an indicator of this contract", unknown.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal("period", period.Problem!.Field);
        Assert.Equal("file_name", path.Problem!.Field);
        Assert.Contains("limited to 20 MiB", huge.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }
}
