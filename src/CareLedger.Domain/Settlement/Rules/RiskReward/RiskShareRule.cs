using System.Globalization;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// The risk and reward share, settled once a year at year end: each item in the account that the members included
/// and that passed all three gateway questions has its variance measured (<see cref="VarianceMeasurement"/>), cut
/// into bands and split by the bands' shares (<see cref="BandSlicer"/>), capped per participant (<see cref="CapRule"/>),
/// and moved between each participant and the party the variance falls on (<see cref="RiskRewardItem.FallsOn"/>).
/// </summary>
/// <remarks>
/// <para><b>Direction.</b> A loss (over-spend, deficit) falls on its bearer F, so each other participant pays F its
/// share. A gain (under-spend, surplus) is held by F, so F pays each other participant its share. F's own share moves
/// nothing, and neither does what a cap keeps from a participant or what no band shares out: that stays with F.
/// Every penny of the variance is therefore either moved or stays with F.</para>
/// <para><b>What never moves money.</b> Items in the account that are not included or did not pass the gateway are
/// listed in one note. A suspended item (principle 8) gets a zero line on each participant's statement giving the
/// board's reason, and a note. A side that is switched off, a variance that cannot be measured (no actuals, no plan,
/// no prime) and a variance of zero are each reported in a note.</para>
/// <para>All money is whole pennies: variances are measured exactly, band edges in percent of plan and rate caps are
/// rounded once at named points with the contract's tie rule, and slices are split by the largest-remainder rule.
/// See docs/settlement/risk-reward.md.</para>
/// </remarks>
public sealed class RiskShareRule : ISettlementRule, IExpectsActuals
{
    public bool AppliesTo(SettlementContext context) => context.IsYearEnd;

    /// <summary>Every item that moves money this year and is not suspended has what its measure needs (<see cref="ExpectedRiskActuals"/>).</summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context) => ExpectedRiskActuals.Missing(context);

    public void Settle(SettlementContext context)
    {
        var account = context.Contract.RiskReward;
        NoteItemsNotShared(account, context);
        var suspensions = new SuspensionLookup(context);
        foreach (var item in account.Items.Where(item => item.MovesMoney))
        {
            if (suspensions.For(item) is { } suspension)
            {
                RecordSuspended(item, suspension, context);
            }
            else
            {
                SettleItem(item, context);
            }
        }
    }

    private static void SettleItem(RiskRewardItem item, SettlementContext context)
    {
        var prefix = $"Risk/reward {context.Year}, {item.Name}";
        var measured = VarianceMeasurement.Measure(item, context);
        if (measured.Variance is not { } variance)
        {
            context.Note($"{prefix}: {measured.Problem}; nothing is shared.", measured.Source);
            return;
        }

        var bearer = context.Contract.NameOf(variance.FallsOn);
        if (variance.Magnitude.IsZero)
        {
            context.Note($"{prefix}: on plan, no variance to share.", item.Source);
            return;
        }

        var side = variance.SharingSide;
        if (!side.Enabled)
        {
            context.Note($"{prefix}: {variance.Word} {variance.Magnitude}; the {variance.SideName} side is not shared, so it all stays with {bearer}.", item.Source);
            return;
        }

        if (side.Unit == BandUnit.PercentOfPlan && variance.Plan <= context.Zero)
        {
            context.Note($"{prefix}: {variance.Word} {variance.Magnitude}; the {variance.SideName} bands are percentages of {variance.PlanWord}, which is {variance.Plan}, so nothing is shared.", item.Source);
            return;
        }

        var outcome = ShareCalculator.Share(variance, context);
        foreach (var note in outcome.Notes)
        {
            context.Note(note.Message, note.Source);
        }

        foreach (var participant in outcome.Participants.Where(participant => !participant.BearsVariance))
        {
            var reason = ShareWording.Reason(variance, outcome, participant, context.Contract, context.Rounding);
            Explanation Explain() => ShareExplanation.For(variance, outcome, participant, context);
            if (variance.Side == VarianceSide.Loss)
            {
                context.Transfer(participant.Party, variance.FallsOn, StatementElement.RiskShare, participant.Moves, reason, Explain);
            }
            else
            {
                context.Transfer(variance.FallsOn, participant.Party, StatementElement.RiskShare, participant.Moves, reason, Explain);
            }
        }

        context.Note(
            $"{prefix}: {variance.Word} {variance.Magnitude}; {outcome.Moved(context.Currency)} shared with the other participants; {outcome.StaysWithFallsOn} stays with {bearer}.",
            item.Source);
    }

    /// <summary>A zero line on each participant's statement with the board's reason, and a note.</summary>
    private static void RecordSuspended(RiskRewardItem item, Suspension suspension, SettlementContext context)
    {
        var reason = $"{SuspensionLookup.Describe(suspension)} — {item.Name}";
        var counterparty = FallsOnParty.Resolve(item, context).Party ?? context.Host;
        Explanation Explain() => new ExplanationBuilder(ShareExplanation.Rule, "the share is suspended under the exceptional-circumstances clause (principle 8): nothing moves")
            .Input("item", $"{item.Id}: {item.Name}", item.Source)
            .Input("suspension", suspension.Reason, suspension.Source)
            .Input("decided", suspension.Decided?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not recorded", suspension.Source)
            .Input("applies to", suspension.Item is null ? "every item, for the year" : "this item, for the year", suspension.Source)
            .Result(context.Zero);
        foreach (var party in item.Participants.Select(participant => participant.Party).Distinct())
        {
            context.Record(party, counterparty, StatementElement.RiskShare, reason, Explain);
        }

        context.Note($"{reason}: nothing is shared.", suspension.Source ?? item.Source);
    }

    /// <summary>One note listing the items in the account that do not move money, and why.</summary>
    private static void NoteItemsNotShared(RiskRewardAccount account, SettlementContext context)
    {
        var notShared = account.Items.Where(item => !item.MovesMoney).Select(item => $"{item.Name} ({WhyNotShared(item)})").ToArray();
        if (notShared.Length > 0)
        {
            context.Note($"Risk/reward {context.Year}: in the account, not shared: {string.Join("; ", notShared)}.");
        }
    }

    private static string WhyNotShared(RiskRewardItem item)
    {
        var gateway = item.Gateway;
        var open = new (string Question, bool? Answer)[]
            {
                ("material", gateway.Material),
                ("collective responsibility", gateway.CollectiveResponsibility),
                ("jointly agreed", gateway.JointlyAgreed),
            }
            .Where(answer => answer.Answer != true)
            .Select(answer => $"{answer.Question} {(answer.Answer is null ? "unanswered" : "no")}")
            .ToArray();
        var reasons = new List<string>();
        if (open.Length > 0)
        {
            reasons.Add($"gateway not passed: {string.Join(", ", open)}");
        }

        if (!item.Included)
        {
            reasons.Add("not included by the members");
        }

        return string.Join("; ", reasons);
    }
}
