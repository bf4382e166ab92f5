using CareLedger.Data.Audit;
using CareLedger.Data.Decisions;
using CareLedger.Data.Settlements;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>
/// The gateway, inclusions and suspensions decided by the members' recorded votes, and used by settlement: an item
/// not through the gateway is listed, never shared.
/// </summary>
public sealed class BoardDecisionTests
{
    private const string Template = "mid-notts-alliance";
    private const string Year = "2016/17";
    private const string Drugs = "high-cost-drugs-generic-switching";
    private const string Acute = "acute-activity-after-community-investment";

    // The generic-switching item has no spend in the template's actuals; £5m planned and £4.5m spent is a £0.5m
    // saving to share once the members include it.
    private static readonly string DrugsSpend = $"\n  - {{ year: 2016/17, item: {Drugs}, planned: £5m, actual: £4.5m }}";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_item_shares_only_after_the_full_members_pass_the_gateway_and_include_it_and_the_settlement_follows(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "actuals.yaml", ActualsWithDrugsSpend());
        var before = (await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year)).Run!;
        Assert.DoesNotContain("generics", RiskShareReasons(before), StringComparison.Ordinal);

        // Including it before the gateway has passed is refused.
        var early = await ledger.Board.ProposeAsync(LedgerFixture.Finance, contractId, new MotionRequest(MotionKind.Include, Drugs, null, null, true, "Share the generics saving"));
        Assert.Contains("has not passed all three gateway questions", early.Problem!.Message, StringComparison.Ordinal);

        foreach (var question in new[] { GatewayQuestions.CollectiveResponsibility, GatewayQuestions.JointlyAgreed })
        {
            await CarryAsync(ledger, contractId, new MotionRequest(MotionKind.Gateway, Drugs, question, null, true, "Alliance board, 14 March 2017, item 6"));
        }

        var included = await CarryAsync(ledger, contractId, new MotionRequest(MotionKind.Include, Drugs, null, null, true, "Alliance board, 14 March 2017, item 7"));
        Assert.Equal(8, included.Voters.Count);

        var register = (await ledger.Board.RegisterAsync(contractId)).Value!;
        Assert.True(register.Single(item => item.ItemId == Drugs).MovesMoney);
        var after = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);
        Assert.Equal(SettleOutcome.Settled, after.Outcome);
        Assert.Equal(2, after.Run!.RunNumber);
        Assert.NotEqual(before.DecisionsFingerprint, after.Run.DecisionsFingerprint);
        Assert.Contains("generics", RiskShareReasons(after.Run), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_vote_against_rejects_a_unanimous_motion_and_a_rejected_motion_leaves_the_settlement_unchanged(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "actuals.yaml", LedgerFixture.TemplateActuals(Template));
        var run = (await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year)).Run!;

        var motion = (await ledger.Board.ProposeAsync(LedgerFixture.Finance, contractId, new MotionRequest(MotionKind.Suspension, Acute, null, Year, true, "Norovirus outbreak closed wards for six weeks"))).Value!;
        var first = await ledger.Board.VoteAsync(Actor.User("board@nuh.example"), contractId, motion.Id, motion.Voters[0], inFavour: true);
        var twice = await ledger.Board.VoteAsync(Actor.User("board@nuh.example"), contractId, motion.Id, motion.Voters[0], inFavour: false);
        var outsider = await ledger.Board.VoteAsync(Actor.User("board@ulh.example"), contractId, motion.Id, "ulh", inFavour: true);
        var against = await ledger.Board.VoteAsync(Actor.User("board@sfh.example"), contractId, motion.Id, motion.Voters[1], inFavour: false);
        var late = await ledger.Board.VoteAsync(Actor.User("board@x.example"), contractId, motion.Id, motion.Voters[2], inFavour: true);

        Assert.Equal(MotionStatus.Pending, first.Value!.Status);
        Assert.Contains("already voted", twice.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("does not vote", outsider.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(MotionStatus.Rejected, against.Value!.Status);
        Assert.Contains("already rejected", late.Problem!.Message, StringComparison.Ordinal);
        var again = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);
        Assert.Equal(SettleOutcome.Unchanged, again.Outcome);
        Assert.Equal(run.Id, again.Run!.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_carried_suspension_stops_the_share_and_its_reason_is_on_the_statement(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "actuals.yaml", LedgerFixture.TemplateActuals(Template));

        await CarryAsync(ledger, contractId, new MotionRequest(MotionKind.Suspension, Acute, null, Year, true, "Pandemic flu declared"));
        var run = (await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year)).Run!;

        Assert.Contains("Pandemic flu declared (board motion 1, carried ", run.Document, StringComparison.Ordinal);
        var totals = await ledger.Runs.TotalsAsync(run.Id);
        Assert.Equal(0, totals.Sum(total => total.TotalMinor));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_correction_of_a_closed_year_is_paid_in_a_later_open_period_with_its_reason(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(Template);
        await ledger.ImportTextAsync(contractId, "actuals.yaml", LedgerFixture.TemplateActuals(Template));
        await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, Year);
        await ledger.Periods.CloseAsync(LedgerFixture.Finance, contractId, Year, "Year end agreed");

        var intoClosed = await ledger.Corrections.RecordAsync(LedgerFixture.Finance, contractId, new CorrectionRequest(Year + "-M12", "mansfield-ashfield-ccg", "sherwood-forest", 1_000m, "Late coding"));
        var recorded = await ledger.Corrections.RecordAsync(LedgerFixture.Finance, contractId, new CorrectionRequest("2017/18-M01", "mansfield-ashfield-ccg", "sherwood-forest", 12_345.67m, "2016/17 electives under-counted: 9 spells at £1,371.74", Year));
        var fraction = await ledger.Corrections.RecordAsync(LedgerFixture.Finance, contractId, new CorrectionRequest("2017/18-M01", "mansfield-ashfield-ccg", "sherwood-forest", 1.005m, "x"));

        Assert.Contains("locked", intoClosed.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(1_234_567, recorded.Value!.AmountMinor);
        Assert.Contains("penny", fraction.Problem!.Message, StringComparison.Ordinal);
        var month = await ledger.Runs.SettleAsync(LedgerFixture.Finance, contractId, "2017/18-M01", provisional: true);
        Assert.Contains("Correction of 2016/17 recorded for 2017/18-M01: 2016/17 electives under-counted", month.Run!.Document, StringComparison.Ordinal);
        var audit = await ledger.Audit.ReadAsync(test.Database, 0, 100);
        Assert.Contains(audit, entry => entry.Action == "correction.recorded");
        Assert.True((await new AuditVerifier(test.Database).VerifyAsync()).Intact);
    }

    private static async Task<Motion> CarryAsync(LedgerFixture ledger, string contractId, MotionRequest request)
    {
        var motion = (await ledger.Board.ProposeAsync(LedgerFixture.Finance, contractId, request)).Value ?? throw new InvalidOperationException("not proposed");
        foreach (var voter in motion.Voters)
        {
            motion = (await ledger.Board.VoteAsync(Actor.User($"board@{voter}.example"), contractId, motion.Id, voter, inFavour: true)).Value!;
        }

        Assert.Equal(MotionStatus.Carried, motion.Status);
        return motion;
    }

    private static string ActualsWithDrugsSpend()
    {
        var text = LedgerFixture.TemplateActuals(Template);
        const string Anchor = "  - { year: 2016/17, item: acute-activity-after-community-investment, planned: £28.7m, actual: £29.56m }";
        Assert.Contains(Anchor, text, StringComparison.Ordinal);
        return text.Replace(Anchor, Anchor + DrugsSpend, StringComparison.Ordinal);
    }

    private static string RiskShareReasons(SettlementRun run)
    {
        using var document = System.Text.Json.JsonDocument.Parse(run.Document);
        return string.Join('\n', document.RootElement.GetProperty("statements").EnumerateArray()
            .SelectMany(statement => statement.GetProperty("lines").EnumerateArray())
            .Where(line => line.GetProperty("element").GetString() == "risk-share")
            .Select(line => line.GetProperty("reason").GetString()));
    }
}
