using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Settlement.Rules.Corridors;

/// <summary>
/// A risk corridor for one year. Bands are stated as percentages of the target T and become money exactly
/// (bound × T, no rounding). When the actual cost C is above T, the part of [T, C] lying inside each band
/// [From × T, To × T) times that band's payer share is what the payer pays the entity (the payer bears part of the
/// overspend); when C is below T, the part of [C, T] inside each band times its payer share is what the entity pays
/// the payer (the payer takes back part of the underspend). Because every band only counts the part of the gap it
/// holds, the result is continuous in C at every band edge and never decreases as C rises (shares are not
/// negative).
/// </summary>
/// <remarks>
/// The slices are summed as exact fractions and the total is rounded once, to the penny, with the contract's tie
/// rule: no slice is rounded on its own. <see cref="Amount"/> is never negative; <see cref="ToEntity"/> carries
/// the direction.
/// </remarks>
internal sealed record CorridorCalculation(
    Money Target,
    Money ActualCost,
    IReadOnlyList<CorridorSlice> Slices,
    Share ExactTotal,
    Money Amount)
{
    /// <summary>Actual cost ÷ target, to decimal precision (display only).</summary>
    public decimal Ratio => ActualCost / Target;

    /// <summary>Actual cost as a percentage of target, to four decimal places of a percent (display only).</summary>
    public Percentage RatioShown => Percentage.FromFraction(DisplayRounding.Round(Ratio, 6));

    public bool CostAboveTarget => ActualCost > Target;

    /// <summary>What the entity receives: positive when the payer pays it (over target), negative when it pays the payer.</summary>
    public Money ToEntity => CostAboveTarget ? Amount : Amount.Negate();

    public static CorridorCalculation Compute(Money target, Money actualCost, IReadOnlyList<CorridorBand> bands, RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (target.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A corridor target must be positive.");
        }

        var low = Money.Min(target, actualCost);
        var high = Money.Max(target, actualCost);
        var slices = new List<CorridorSlice>();
        var total = Share.Zero;
        foreach (var band in bands)
        {
            var bandFrom = target * band.From;
            Money? bandTo = band.To is { } to ? target * to : null;
            var lower = Money.Max(low, bandFrom);
            var upper = bandTo is { } top ? Money.Min(high, top) : high;
            if (upper <= lower)
            {
                continue;
            }

            var contribution = Share.FromDecimal((upper - lower).Amount) * band.PayerShare;
            slices.Add(new CorridorSlice(band, bandFrom, bandTo, lower, upper, contribution));
            total += contribution;
        }

        var amount = total.Of(new Money(1m, target.Currency), rounding);
        return new CorridorCalculation(target, actualCost, slices, total, amount);
    }
}
