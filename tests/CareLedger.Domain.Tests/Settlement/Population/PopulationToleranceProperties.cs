using CareLedger.Domain.Actuals;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.Population.ToleranceScenario;

namespace CareLedger.Domain.Tests.Settlement.Population;

/// <summary>
/// Over many random contracts and counts (seeded, so every run checks the same cases): the providers' parts of a
/// population adjustment add to the adjustment to the penny, that adjustment is heads × price per head rounded
/// once, and the commissioners' side mirrors it exactly.
/// </summary>
public sealed class PopulationToleranceProperties
{
    private const int Cases = 200;

    [Fact]
    public void Population_adjustment_parts_add_to_the_total()
    {
        var random = new Random(20150402);
        var settled = 0;
        for (var i = 0; i < Cases; i++)
        {
            var contract = RandomContract(random);
            var population = contract.Population!;
            var tolerance = population.Tolerance!;
            var years = contract.Term.Calendar.Years;
            var previous = population.ProjectedSize(years[0]);
            var projected = population.ProjectedSize(years[1]);
            var heads = (int)(projected * (0.9m + (random.Next(0, 20_001) / 100_000m)));
            var label = $"case {i}: {population.Size} heads growing {population.GrowthProjection!.EveryYear}, band {tolerance.Band} {tolerance.Adjustment}, price {tolerance.PricePerHead?.ToString() ?? "budget"}, counted {heads}";

            var context = Settle(contract, 2, new PopulationActual(years[1], heads));

            var expected = ExpectedAdjustment(contract, previous, projected, heads);
            var providerLines = context.Lines.Where(line => contract.Party(line.Party).IsPayable).ToArray();
            var paidOut = Money.Sum(providerLines.Select(line => line.Amount), Currency.Gbp);
            var hostSide = Money.Sum(context.Lines.Where(line => !contract.Party(line.Party).IsPayable).Select(line => line.Amount), Currency.Gbp);
            Assert.True(paidOut == expected, $"{label}: parts {paidOut}, expected {expected}");
            Assert.True(hostSide == -expected, label);
            Assert.All(providerLines, line => Assert.True(line.Amount.IsWholeMinorUnits && line.Element == StatementElement.Adjustment, label));
            settled += expected.IsZero ? 0 : 1;
        }

        // Guard against a generator that never leaves the tolerance.
        Assert.True(settled > Cases / 4, $"only {settled} of {Cases} cases moved money");
    }

    /// <summary>The adjustment worked independently: heads outside the band (rounded half away from zero) × price, rounded once.</summary>
    private static Money ExpectedAdjustment(Contract contract, int previous, int projected, int actual)
    {
        var population = contract.Population!;
        var tolerance = population.Tolerance!;
        var growth = population.GrowthProjection!.For(2).Fraction;
        var difference = actual - (previous * (1m + growth));
        var band = previous * tolerance.Band.Fraction;
        if (Math.Abs(difference) <= band)
        {
            return Money.Zero(Currency.Gbp);
        }

        var exactHeads = tolerance.Adjustment == ToleranceAdjustment.WholeDifference ? difference : Math.Sign(difference) * (Math.Abs(difference) - band);
        var heads = decimal.Round(exactHeads, 0, MidpointRounding.AwayFromZero);
        var budget = BudgetEngine.Build(contract).Years[1].WholePopulationBudget;
        var amount = tolerance.PricePerHead is { } price ? heads * price.Amount : heads * budget.Amount / projected;
        return Money.Gbp(amount).Round(contract.Rounding);
    }

    private static Contract RandomContract(Random random)
    {
        var builder = new ContractBuilder()
            .Term(2015, 4, 24)
            .Rounding(random.Next(0, 2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven)
            .Party("ccg", PartyRole.Commissioner);
        var providers = random.Next(1, 6);
        for (var p = 0; p < providers; p++)
        {
            builder.Party($"provider-{p}", PartyRole.Provider);
            builder.Cell($"line-{random.Next(0, 3)}", $"provider-{p}", random.NextInt64(1_000_00, 50_000_000_00) / 100m);
        }

        var tolerance = new GrowthTolerance(
            Percentage.FromPercent(random.Next(0, 201) / 100m),
            random.Next(0, 2) == 0 ? ToleranceAdjustment.ExcessOnly : ToleranceAdjustment.WholeDifference,
            random.Next(0, 3) == 0 ? Money.Gbp(random.Next(100_00, 5_000_00) / 100m) : null);
        var population = new PopulationDefinition(
            null,
            PopulationBasis.RegisteredList,
            random.Next(1_000, 1_000_001),
            new YearMonth(2015, 4),
            null,
            [],
            [],
            YearSchedule<Percentage>.Constant(Percentage.FromPercent(random.Next(-100, 501) / 100m)),
            tolerance);
        return builder.Build() with { Population = population };
    }
}
