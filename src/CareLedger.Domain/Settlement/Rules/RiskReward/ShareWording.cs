using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// The words on risk/reward statement lines. A line appears on both parties' statements with the same reason, so it
/// names whose share it is rather than saying "your share".
/// </summary>
/// <example>
/// <c>Risk/reward: Non-elective activity above plan — over-spend £1,200,000.00; notts-healthcare's share 25%
/// (£300,000.00) capped at £200,000.00 (1% of contract value); £100,000.00 stays with mansfield-ashfield-ccg</c>
/// </example>
internal static class ShareWording
{
    public static string Reason(MeasuredVariance variance, ShareOutcome outcome, ParticipantShare participant, Contract contract, RoundingRule rounding)
    {
        var text = $"Risk/reward: {variance.Item.Name} — {variance.Word} {variance.Magnitude}; "
            + $"{contract.NameOf(participant.Party)}'s share {Parts(variance, outcome, participant.Party)}";
        var pennies = OddPennies(outcome, participant.Party, contract, rounding).ToArray();
        if (pennies.Length > 0)
        {
            text += $" ({string.Join("; ", pennies)})";
        }

        if (participant.Cap is { } cap && participant.IsCapped)
        {
            text += $" capped at {cap.Describe()}; {participant.Excess} stays with {contract.NameOf(variance.FallsOn)}";
        }

        return text;
    }

    /// <summary>
    /// For each slice the party shares in whose part the largest-remainder rule set differently from rounding its exact
    /// share: "£382,580.625 split by the largest-remainder rule; the odd penny went to Circle".
    /// </summary>
    private static IEnumerable<string> OddPennies(ShareOutcome outcome, Id<Party> party, Contract contract, RoundingRule rounding)
    {
        foreach (var slice in outcome.Slices.Where(slice => slice.IsShared && !slice.Amount.IsZero))
        {
            var index = slice.Parts.ToList().FindIndex(part => part.Party == party);
            if (index < 0)
            {
                continue;
            }

            var clause = OddPenny.Clause(
                slice.Amount,
                slice.Parts.Select(part => part.Share).ToArray(),
                slice.Parts.Select(part => part.Amount).ToArray(),
                slice.Parts.Select(part => contract.NameOf(part.Party)).ToArray(),
                index,
                rounding);
            if (clause is not null)
            {
                yield return clause;
            }
        }
    }

    /// <summary>
    /// The party's share in words: "25% (£300,000.00)" when one band from zero covers the whole variance, otherwise
    /// each band it shares in, e.g. "50% of the £755,250.00 beyond the first £1,258,750.00 (5% of the fixed
    /// element), £377,625.00".
    /// </summary>
    public static string Parts(MeasuredVariance variance, ShareOutcome outcome, Id<Party> party)
    {
        var parts = outcome.Slices
            .SelectMany(slice => slice.Parts.Where(part => part.Party == party && !part.Share.IsZero && !slice.Amount.IsZero).Select(part => (slice, part)))
            .ToArray();
        var total = Money.Sum(parts.Select(pair => pair.part.Amount), variance.Magnitude.Currency);
        if (parts.Length == 0)
        {
            return $"nothing ({total})";
        }

        if (parts.Length == 1 && parts[0].slice.Lower.IsZero && parts[0].slice.Amount == variance.Magnitude)
        {
            return $"{parts[0].part.Share} ({total})";
        }

        return string.Join(" and ", parts.Select(pair => $"{pair.part.Share} of {Slice(variance, pair.slice)}")) + $", {total}";
    }

    /// <summary>A slice in words: "the first £800,000.00", "the £400,000.00 beyond the first £800,000.00 (2% of plan)".</summary>
    public static string Slice(MeasuredVariance variance, BandSlice slice)
    {
        if (slice.Lower.IsZero)
        {
            return $"the first {slice.Amount}";
        }

        var lower = slice.Lower == slice.FromEdge ? Edge(variance, slice.Unit, slice.Band.From, slice.Lower) : slice.Lower.ToString();
        return slice.Upper is { } upper && variance.Magnitude > upper
            ? $"the {slice.Amount} between {lower} and {Edge(variance, slice.Unit, slice.Band.To!.Value, upper)}"
            : $"the {slice.Amount} beyond the first {lower}";
    }

    /// <summary>A band's edge: the money, and for percent-of-plan bands the percentage it came from.</summary>
    public static string Edge(MeasuredVariance variance, BandUnit unit, decimal written, Money money) =>
        unit == BandUnit.PercentOfPlan ? $"{money} ({Percentage.FromPercent(written)} of {variance.PlanWord})" : money.ToString();

    /// <summary>The band's range as written: "0% to 5% of the fixed element", "£500,000.00 upwards".</summary>
    public static string Range(SharingBand band, BandUnit unit, MeasuredVariance variance)
    {
        string Show(decimal edge) => unit == BandUnit.PercentOfPlan ? Percentage.FromPercent(edge).ToString() : new Money(edge, variance.Magnitude.Currency).ToString();
        var suffix = unit == BandUnit.PercentOfPlan ? $" of {variance.PlanWord}" : string.Empty;
        return band.To is { } to ? $"{Show(band.From)} to {Show(to)}{suffix}" : $"{Show(band.From)}{suffix} upwards";
    }

    /// <summary>Band shares in words: "circle 50%, bedfordshire-ccg 50%".</summary>
    public static string Shares(IEnumerable<PartyShare> shares, Contract contract) =>
        string.Join(", ", shares.Select(share => $"{contract.NameOf(share.Party)} {share.Share}"));
}
