using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Settlement.Rules.SharedSavings;

/// <summary>
/// One year of a shared-savings settlement (Medicare Shared Savings Program style), every intermediate kept so the
/// explanation shows the same figures the arithmetic used. Everything is exact until <see cref="Amount"/>, which is
/// the only rounded figure.
/// </summary>
/// <remarks>
/// <para><b>Savings side.</b> Savings S = benchmark B − expenditure E. Nothing is shared unless S ≥ MSR × B (the
/// savings rate S ÷ B reaches the minimum savings rate; with an MSR of 0% any saving above zero qualifies). Once it
/// is reached, savings are shared from the first pound: earned = S × final sharing rate, where the final sharing
/// rate = maximum sharing rate × quality score; earned is capped at savings cap × B; the payment is earned ×
/// (1 − withholding).</para>
/// <para><b>Loss side</b> (two-sided tracks only). Loss L = E − B. Nothing is owed unless L ≥ MLR × B (any loss
/// above zero when there is no minimum loss rate). Owed = L × loss rate, capped at loss cap × B. The loss rate is
/// the flat rate, or 1 − final sharing rate held within the floor and ceiling. Withholding does not apply to
/// losses: it reduces what is paid out, not what is recovered.</para>
/// <para>The threshold tests compare money with money (S against MSR × B) rather than a divided rate against the
/// MSR, so a rate exactly at the minimum is never lost to a rounding in the division.</para>
/// <para><b>Rounding.</b> Once, on the final amount (payment or amount owed), to the penny with the contract's tie
/// rule. <see cref="Amount"/> is never negative; <see cref="Outcome"/> says which way it moves.</para>
/// </remarks>
internal sealed record SavingsCalculation(
    SavingsOutcome Outcome,
    Money Benchmark,
    Money Expenditure,
    Percentage QualityScore,
    Percentage FinalSharingRate,
    Percentage Minimum,
    Percentage? UnboundedLossRate,
    Percentage? LossRate,
    Money Shared,
    Money? Cap,
    Money Held,
    Money Payable,
    Money Amount)
{
    /// <summary>Benchmark − expenditure: positive for savings, negative for a loss.</summary>
    public Money Savings => Benchmark - Expenditure;

    /// <summary>Savings ÷ benchmark, to decimal precision; for display, not for the threshold test.</summary>
    public decimal SavingsRate => Savings / Benchmark;

    /// <summary>The savings rate as a percentage to six decimal places of a percent (display only).</summary>
    public Percentage SavingsRateShown => Percentage.FromFraction(DisplayRounding.Round(SavingsRate, 8));

    /// <summary>The minimum savings (or loss) rate in money: the threshold the savings (or loss) must reach.</summary>
    public Money MinimumInMoney => Benchmark * Minimum;

    public bool IsCapped => Cap is { } cap && Shared > cap;

    public bool IsLossSide => Outcome is SavingsOutcome.LossShared or SavingsOutcome.LossBelowMinimum or SavingsOutcome.LossNotShared;

    public static SavingsCalculation Compute(SharedSavingsTerms terms, Money benchmark, Money expenditure, Percentage qualityScore, RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (benchmark.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "A benchmark must be positive to measure a savings rate against.");
        }

        var zero = Money.Zero(benchmark.Currency);
        var finalRate = Percentage.FromFraction(terms.MaxSharingRate.Fraction * qualityScore.Fraction);
        var savings = benchmark - expenditure;
        var nothing = new SavingsCalculation(SavingsOutcome.BreakEven, benchmark, expenditure, qualityScore, finalRate, Percentage.Zero, null, null, zero, null, zero, zero, zero);

        if (savings.Amount > 0m)
        {
            var minimum = terms.MinimumSavingsRate;
            if (savings < benchmark * minimum)
            {
                return nothing with { Outcome = SavingsOutcome.SavingsBelowMinimum, Minimum = minimum };
            }

            var earned = savings * finalRate;
            Money? cap = terms.SavingsCap is { } capRate ? benchmark * capRate : null;
            var held = cap is { } limit ? Money.Min(earned, limit) : earned;
            var payable = held * (Percentage.Hundred - terms.Withholding);
            return new SavingsCalculation(
                SavingsOutcome.SavingsShared, benchmark, expenditure, qualityScore, finalRate, minimum, null, null,
                earned, cap, held, payable, payable.Round(rounding));
        }

        if (savings.Amount < 0m)
        {
            if (terms.Loss is not { } loss)
            {
                return nothing with { Outcome = SavingsOutcome.LossNotShared };
            }

            var lossAmount = savings.Negate();
            var minimum = terms.MinimumLossRate ?? Percentage.Zero;
            if (lossAmount < benchmark * minimum)
            {
                return nothing with { Outcome = SavingsOutcome.LossBelowMinimum, Minimum = minimum };
            }

            var (unbounded, lossRate) = LossRateOf(loss, finalRate);
            var owed = lossAmount * lossRate;
            Money? cap = loss.Cap is { } capRate ? benchmark * capRate : null;
            var held = cap is { } limit ? Money.Min(owed, limit) : owed;
            return new SavingsCalculation(
                SavingsOutcome.LossShared, benchmark, expenditure, qualityScore, finalRate, minimum, unbounded, lossRate,
                owed, cap, held, held, held.Round(rounding));
        }

        return nothing;
    }

    /// <summary>The flat rate, or 1 − final sharing rate held within the floor and ceiling (each optional).</summary>
    private static (Percentage? Unbounded, Percentage Rate) LossRateOf(LossSharing loss, Percentage finalSharingRate)
    {
        if (loss.Rule == LossRateRule.Flat)
        {
            var flat = loss.FlatRate
                ?? throw new InvalidOperationException("A flat loss rate needs a rate; the rule checks this before computing.");
            return (null, flat);
        }

        var complement = Percentage.Hundred - finalSharingRate;
        var rate = complement;
        if (loss.Floor is { } floor && rate < floor)
        {
            rate = floor;
        }

        if (loss.Ceiling is { } ceiling && rate > ceiling)
        {
            rate = ceiling;
        }

        return (complement, rate);
    }
}
