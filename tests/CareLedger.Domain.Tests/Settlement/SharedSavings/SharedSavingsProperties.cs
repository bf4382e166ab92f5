using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.SharedSavings;
using static CareLedger.Domain.Tests.Settlement.SharedSavings.SavingsScenario;

namespace CareLedger.Domain.Tests.Settlement.SharedSavings;

/// <summary>
/// Invariants over many random benchmarks, expenditures and terms (seeded, so every run checks the same cases):
/// what is paid never exceeds the savings cap or the savings, and what is owed never exceeds the loss cap or the
/// loss.
/// </summary>
public sealed class SharedSavingsProperties
{
    private const int Cases = 2_000;

    [Fact]
    public void A_shared_savings_payment_never_exceeds_the_savings_cap()
    {
        var random = new Random(20170401);
        for (var i = 0; i < Cases; i++)
        {
            var (terms, benchmark, expenditure, quality, rounding) = RandomCase(random);
            var label = $"case {i}: benchmark {benchmark}, expenditure {expenditure}, quality {quality}, {terms}";

            var result = SavingsCalculation.Compute(terms, benchmark, expenditure, quality, rounding);

            Assert.True(result.Amount.Amount >= 0m, label);
            Assert.True(result.Amount.IsWholeMinorUnits, label);
            if (result.Outcome == SavingsOutcome.SavingsShared)
            {
                // Rounding is monotonic, so an exact payment within the cap rounds to within the cap rounded alike.
                Assert.True(result.Amount <= (benchmark - expenditure).Round(rounding), label);
                if (terms.SavingsCap is { } cap)
                {
                    Assert.True(result.Amount <= (benchmark * cap).Round(rounding), label);
                }
            }
            else if (result.Outcome == SavingsOutcome.LossShared)
            {
                Assert.True(result.Amount <= (expenditure - benchmark).Round(rounding), label);
                if (terms.Loss!.Cap is { } lossCap)
                {
                    Assert.True(result.Amount <= (benchmark * lossCap).Round(rounding), label);
                }
            }
            else
            {
                Assert.True(result.Amount.IsZero, label);
            }
        }
    }

    [Fact]
    public void Savings_below_the_minimum_savings_rate_are_never_shared_and_savings_at_it_always_are()
    {
        var random = new Random(20180401);
        for (var i = 0; i < Cases; i++)
        {
            var (terms, benchmark, expenditure, quality, rounding) = RandomCase(random);
            var savings = benchmark - expenditure;

            var result = SavingsCalculation.Compute(terms, benchmark, expenditure, quality, rounding);

            if (savings.Amount > 0m)
            {
                var reached = savings >= benchmark * terms.MinimumSavingsRate;
                Assert.Equal(reached ? SavingsOutcome.SavingsShared : SavingsOutcome.SavingsBelowMinimum, result.Outcome);
            }
        }
    }

    private static (SharedSavingsTerms Terms, Money Benchmark, Money Expenditure, Percentage Quality, RoundingRule Rounding) RandomCase(Random random)
    {
        var benchmark = Money.FromMinorUnits(random.NextInt64(1, 10_000_000_000_00), Currency.Gbp);
        // Expenditure within ±30% of the benchmark, to the penny.
        var expenditure = Money.FromMinorUnits((long)(benchmark.MinorUnitCount * (0.7m + (random.Next(0, 60_001) / 100_000m))), Currency.Gbp);
        LossSharing? loss = random.Next(0, 3) switch
        {
            0 => null,
            1 => new LossSharing(LossRateRule.Flat, Rate(random, 100m), null, null, MaybeRate(random, 20m)),
            _ => new LossSharing(LossRateRule.ComplementOfSharingRate, null, MaybeRate(random, 40m), MaybeRate(random, 60m) is { } ceiling ? ceiling + Percentage.FromPercent(40m) : null, MaybeRate(random, 20m)),
        };
        var terms = Terms() with
        {
            MinimumSavingsRate = random.Next(0, 4) == 0 ? Percentage.Zero : Rate(random, 5m),
            MinimumLossRate = MaybeRate(random, 5m),
            MaxSharingRate = Rate(random, 100m),
            SavingsCap = MaybeRate(random, 20m),
            Withholding = random.Next(0, 2) == 0 ? Percentage.Zero : Rate(random, 5m),
            Loss = loss,
        };
        var quality = Rate(random, 100m);
        var rounding = random.Next(0, 2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven;
        return (terms, benchmark, expenditure, quality, rounding);
    }

    /// <summary>A rate from 0% to <paramref name="max"/>, in hundredths of a percent.</summary>
    private static Percentage Rate(Random random, decimal max) => Percentage.FromPercent(random.Next(0, (int)(max * 100m) + 1) / 100m);

    private static Percentage? MaybeRate(Random random, decimal max) => random.Next(0, 3) == 0 ? null : Rate(random, max);
}
