using System.Text.Json;
using CareLedger.Data.Periods;
using CareLedger.Data.Settlements;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>Settling periods into stored runs: immutable, reproducible, superseded but never rewritten, locked when closed.</summary>
public sealed class SettlementRunTests
{
    private const string Template = "mid-notts-alliance";
    private const string Year = "2016/17";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_settled_year_is_stored_with_its_inputs_and_its_lines_reconcile_to_the_penny(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "mid-notts-alliance.actuals.yaml", LedgerFixture.TemplateActuals(Template));

        var result = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);

        Assert.Equal(SettleOutcome.Settled, result.Outcome);
        var run = result.Run!;
        Assert.Equal(1, run.RunNumber);
        Assert.Equal(1, run.ContractVersion);
        Assert.False(run.Provisional);
        // Every line has an equal and opposite line: the stored totals sum to zero, and each party's total in the
        // database equals the total in the stored document.
        var totals = await ledger.Runs.TotalsAsync(run.Id);
        Assert.Equal(0, totals.Sum(total => total.TotalMinor));
        using var document = JsonDocument.Parse(run.Document);
        foreach (var statement in document.RootElement.GetProperty("statements").EnumerateArray())
        {
            var party = statement.GetProperty("party").GetString();
            var total = decimal.Parse(statement.GetProperty("total").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((long)(total * 100), totals.Single(item => item.PartyId == party).TotalMinor);
        }

        Assert.Equal(PeriodState.Settled, (await ledger.Periods.StatusAsync(contractId, Year)).Value!.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Settling_an_unchanged_period_again_returns_the_same_run_and_new_actuals_make_a_run_that_supersedes_it(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        var original = await ledger.ImportTextAsync(contractId, "actuals.yaml", LedgerFixture.TemplateActuals(Template));
        var first = (await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year)).Run!;

        var again = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);
        Assert.Equal(SettleOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.Id, again.Run!.Id);

        // Sherwood Forest's March electives corrected from 635 to 640: new actuals, a new run.
        var corrected = LedgerFixture.TemplateActuals(Template).Replace("planned: 657, actual: 635", "planned: 657, actual: 640", StringComparison.Ordinal);
        Assert.NotEqual(LedgerFixture.TemplateActuals(Template), corrected);
        await ledger.ImportTextAsync(contractId, "actuals-corrected.yaml", corrected, replaces: original);
        var second = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);

        Assert.Equal(SettleOutcome.Settled, second.Outcome);
        Assert.Equal(2, second.Run!.RunNumber);
        Assert.NotEqual(first.ActualsFingerprint, second.Run.ActualsFingerprint);
        var runs = await ledger.Runs.RunsAsync(contractId, Year);
        Assert.Equal([first.Id, second.Run.Id], runs.Select(run => run.Id));
        Assert.Equal(first.Document, runs[0].Document);
        Assert.Equal(second.Run.Id, (await ledger.Runs.LatestAsync(contractId, Year))!.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Incomplete_actuals_are_refused_with_what_is_missing_unless_provisional_and_a_provisional_period_cannot_close(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        var before = await SchemaDump.TakeAsync(test.Database);

        var refused = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);
        Assert.Equal(SettleOutcome.Refused, refused.Outcome);
        Assert.Contains(refused.Diagnostics, diagnostic => diagnostic.Code == "CL809");
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));

        var provisional = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year, provisional: true);
        Assert.True(provisional.Run!.Provisional);
        var close = await ledger.Periods.CloseAsync(LedgerFixture.Finance, contractId, Year, "year end");
        Assert.Contains("provisionally", close.Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_year_locks_itself_and_its_months_against_settling_again(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "actuals.yaml", LedgerFixture.TemplateActuals(Template));
        await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);

        var closed = await ledger.Periods.CloseAsync(LedgerFixture.Finance, contractId, Year, "Accounts signed off by the alliance board");
        var yearAgain = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);
        var month = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year + "-M03");
        var closeAgain = await ledger.Periods.CloseAsync(LedgerFixture.Finance, contractId, Year, null);

        Assert.Equal(PeriodState.Closed, closed.Value!.State);
        Assert.Contains("locked", yearAgain.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("adjustment", yearAgain.Problem.Message, StringComparison.Ordinal);
        Assert.Contains($"{Year} is closed", month.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("already closed", closeAgain.Problem!.Message, StringComparison.Ordinal);
        var listed = (await ledger.Periods.ListAsync(contractId))!;
        Assert.Equal(PeriodState.Closed, listed.Single(period => period.Period == Year).State);
        Assert.Equal(PeriodState.Open, listed.Single(period => period.Period == Year + "-M03").State);
        var actions = (await ledger.Audit.ReadAsync(test.Database, 0, 100)).Select(entry => entry.Action).ToArray();
        Assert.Equal(["contract.version.added", "period.settled", "period.closed"], actions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_settlements_of_one_period_store_one_run(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "actuals.yaml", LedgerFixture.TemplateActuals(Template));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year + "-Q1"))));

        Assert.Single(results, result => result.Outcome == SettleOutcome.Settled);
        Assert.Single(results.Select(result => result.Run!.Id).Distinct());
        Assert.Single(await ledger.Runs.RunsAsync(contractId, Year + "-Q1"));
    }
}
