using CareLedger.Domain.Explaining;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// The explanation of a risk/reward line (rule <c>risk-share</c>): the item, the figures its variance was measured
/// from, the shares, bands and caps with their sources; then the variance, every band slice and its split, the caps,
/// what stays with the bearer, and the one party's amount. Built only when a reader asks for it.
/// </summary>
internal static class ShareExplanation
{
    public const string Rule = "risk-share";

    public static Explanation For(MeasuredVariance variance, ShareOutcome outcome, ParticipantShare participant, SettlementContext context)
    {
        var contract = context.Contract;
        var item = variance.Item;
        var bearer = contract.NameOf(variance.FallsOn);
        var formula = variance.Side == VarianceSide.Loss
            ? $"the {variance.Word} is cut into the loss side's bands; each slice is split by its band's shares; each participant other than {bearer} pays {bearer} its share, up to its cap; the rest stays with {bearer}"
            : $"the {variance.Word} is cut into the gain side's bands; each slice is split by its band's shares; {bearer} pays each other participant its share, up to its cap; the rest stays with {bearer}";
        var builder = new ExplanationBuilder(Rule, formula)
            .Input("item", $"{item.Id}: {item.Name} ({Measure(item.Measure)})", item.Source)
            .Input("bears the variance", item.FallsOn is null ? $"{bearer} (by default)" : bearer, item.Source);
        foreach (var input in variance.Inputs)
        {
            builder.Input(input.Name, input.Value, input.Source);
        }

        foreach (var share in item.Participants)
        {
            builder.Input($"influence share of {contract.NameOf(share.Party)}", share.Share, share.Source);
        }

        var side = variance.SharingSide;
        foreach (var slice in outcome.Slices)
        {
            var shares = slice.Band.Shares.Count > 0 ? ShareWording.Shares(slice.Band.Shares, contract) : "the participants' influence shares";
            builder.Input($"{variance.SideName} band {ShareWording.Range(slice.Band, side.Unit, variance)}", shares, slice.Band.Source);
        }

        foreach (var cap in side.Caps)
        {
            builder.Input($"{variance.SideName} cap on {contract.NameOf(cap.Party)}", cap.Limit.ToString(), cap.Source ?? cap.Limit.Source);
        }

        foreach (var step in variance.Steps)
        {
            builder.Step(step.Description, step.Value);
        }

        foreach (var slice in outcome.Slices)
        {
            var range = slice.Upper is { } upper ? $"from {slice.Lower} to {upper}" : $"from {slice.Lower} upwards";
            builder.Step($"band {ShareWording.Range(slice.Band, side.Unit, variance)}: slice {range}", slice.Amount);
            builder.Step("split by the band's shares (largest remainder)", slice.IsShared
                ? string.Join(", ", slice.Parts.Select(part => $"{contract.NameOf(part.Party)} {part.Share} = {part.Amount}"))
                : $"nobody named: stays with {bearer}");
        }

        foreach (var capped in outcome.Participants.Where(share => share.Cap is not null))
        {
            builder.Step($"cap on {contract.NameOf(capped.Party)}", capped.IsCapped
                ? $"share {capped.Gross} capped at {capped.Cap!.Describe()}; {capped.Excess} stays with {bearer}"
                : $"share {capped.Gross} within the cap of {capped.Cap!.Describe()}");
        }

        builder.Step($"stays with {bearer}", $"{outcome.StaysWithFallsOn} = own share {outcome.OwnShare} + capped excess {outcome.CappedExcess} + not shared by any band {outcome.Unbanded}");
        builder.Step($"{contract.NameOf(participant.Party)}'s share", participant.Moves);
        builder.Rounded(side.Unit == BandUnit.PercentOfPlan
            ? $"percent-of-plan band edges and rate caps rounded to the penny ({context.Rounding.ToSpecName()}); each slice split by the largest-remainder rule, so the parts add to the slice exactly"
            : $"rate caps rounded to the penny ({context.Rounding.ToSpecName()}); each slice split by the largest-remainder rule, so the parts add to the slice exactly");
        return builder.Result(participant.Moves);
    }

    public static string Measure(RiskMeasure measure) => measure switch
    {
        RiskMeasure.SpendAgainstPlan => "spend against plan",
        RiskMeasure.FixedElementSurplus => "fixed-element surplus",
        RiskMeasure.WholeContract => "whole contract",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown risk measure."),
    };
}
