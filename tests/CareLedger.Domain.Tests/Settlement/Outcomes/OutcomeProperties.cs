using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Invariants over random frameworks, results and phasing (seeded, so every run checks the same cases): a provider
/// is paid at least the part of its pot not at risk and at most the pot; per-indicator slices add up to the at-risk
/// amount exactly; every payment is mirrored, so the lines sum to zero.
/// </summary>
public sealed class OutcomeProperties
{
    private const int Cases = 300;

    [Fact]
    public void Paid_lies_between_the_part_not_at_risk_and_the_pot_and_the_mirrored_lines_sum_to_zero()
    {
        var random = new Random(20160401);
        for (var i = 0; i < Cases; i++)
        {
            var (contract, results) = RandomCase(random);
            var plan = BudgetEngine.Build(contract);
            foreach (var year in plan.Years)
            {
                var label = $"case {i}, {year.Year.Label}";
                var allocation = AllocationEngine.Allocate(contract, year);
                var context = new SettlementContext(contract, year, allocation, Reported([.. results]), year.Year.AsPeriod());
                new OutcomeRule().Settle(context);

                foreach (var provider in allocation.Providers)
                {
                    var lines = context.Lines.Where(line => line.Party == provider.Payee.Id).ToArray();
                    if (provider.Outcome.Amount.IsZero)
                    {
                        Assert.True(lines.Length == 0, label);
                        continue;
                    }

                    var line = Assert.Single(lines);
                    var pot = provider.Outcome.Amount;
                    Assert.True(line.Amount >= pot - provider.AtRisk && line.Amount <= pot, $"{label}: {provider.Payee.Id} paid {line.Amount} of {pot}, {provider.AtRisk} at risk");
                    Assert.True(line.Amount.IsWholeMinorUnits, label);
                    Assert.Equal(line.Amount, line.Explanation.Result);
                    if (!line.Amount.IsZero)
                    {
                        var mirror = Assert.Single(context.Lines, other => other.Party == context.Host && other.Counterparty == provider.Payee.Id);
                        Assert.True(mirror.Amount == -line.Amount, label);
                    }
                }

                Assert.True(Money.Sum(context.Lines.Select(line => line.Amount), Currency.Gbp).IsZero, label);
            }
        }
    }

    [Fact]
    public void Per_indicator_slices_add_up_to_the_at_risk_amount_exactly()
    {
        var random = new Random(20150401);
        var calendar = new ContractCalendar(new YearMonth(2015, 4), 12, 4);
        var year = calendar.Years[0];
        var payout = new PerIndicatorPayout();
        for (var i = 0; i < Cases * 3; i++)
        {
            var framework = RandomFramework(random);
            var phase = RandomPhase(random);
            var scores = OutcomeScores.Build(framework, year, phase, RandomResults(random, framework, year), (_, _) => { });
            foreach (var card in scores.Cards)
            {
                var atRisk = Money.FromMinorUnits(random.NextInt64(0, 2_000_000_000), Currency.Gbp);
                var rounding = random.Next(2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven;

                var paid = payout.Pay(atRisk, card, rounding);

                var label = $"case {i}: {atRisk} over weights {string.Join(", ", framework.Indicators.Select(indicator => indicator.Weight))}";
                Assert.True(atRisk == Money.Sum(paid.Slices.Select(slice => slice.Slice), Currency.Gbp), label);
                Assert.True(paid.AtRiskPaid == Money.Sum(paid.Slices.Select(slice => slice.Paid), Currency.Gbp), label);
                Assert.All(paid.Slices, slice => Assert.True(slice.Paid >= Gbp(0m) && slice.Paid <= slice.Slice, label));
            }
        }
    }

    private static (Contract Contract, List<IndicatorResult> Results) RandomCase(Random random)
    {
        var builder = new ContractBuilder()
            .Term(2016, random.Next(1, 13), random.Next(6, 37), yearStartMonth: 4)
            .Party("ccg", PartyRole.Commissioner);
        if (random.Next(3) == 0)
        {
            builder.Party("council", PartyRole.LocalAuthority).Funding("ccg", Share.FromFraction(2, 3)).Funding("council", Share.FromFraction(1, 3));
        }

        var providers = random.Next(1, 4);
        for (var p = 0; p < providers; p++)
        {
            var id = $"provider-{p}";
            builder.Party(id, PartyRole.Provider).Cell($"line-{p}", id, random.NextInt64(100_000, 5_000_000_000) / 100m);
        }

        var framework = RandomFramework(random);
        var phasing = new Dictionary<int, OutcomePhase>();
        for (var year = 1; year <= 4; year++)
        {
            phasing[year] = RandomPhase(random);
        }

        var aggregation = (OutcomeAggregation)random.Next(3);
        var potShare = random.Next(4) == 0 ? Percentage.Zero : Pct(random.Next(1, 201) / 10m);
        var contract = builder
            .Rounding(random.Next(2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven)
            .WithPayment(new PaymentTerms(
                new FixedElementTerms(null, InstalmentSchedule.Monthly),
                null,
                new OutcomeElementTerms(
                    new YearSchedule<Percentage>(potShare, new Dictionary<int, Percentage> { [1] = random.Next(3) == 0 ? Percentage.Zero : potShare }),
                    YearSchedule<Id<OutcomesFramework>>.Constant(framework.Id),
                    aggregation,
                    Pct(random.Next(50, 101)),
                    new YearSchedule<OutcomePhase>(OutcomePhase.FullyAtRisk, phasing)),
                [],
                []))
            .Build() with
        {
            Frameworks = [framework],
        };

        var results = new List<IndicatorResult>();
        foreach (var year in BudgetEngine.Build(contract).Years)
        {
            results.AddRange(RandomResults(random, framework, year.Year));
        }

        return (contract, results);
    }

    private static OutcomePhase RandomPhase(Random random)
    {
        IReadOnlyList<Percentage> atRisk = random.Next(2) == 0
            ? [Pct(random.Next(0, 101))]
            : [Pct(random.Next(0, 101)), Pct(random.Next(0, 101)), Pct(random.Next(0, 101)), Pct(random.Next(0, 101))];
        return new OutcomePhase(random.Next(4) != 0, atRisk);
    }

    private static OutcomesFramework RandomFramework(Random random)
    {
        var count = random.Next(1, 9);
        var indicators = new Indicator[count];
        for (var i = 0; i < count; i++)
        {
            // Weights to two decimals, any total (a framework as published need not reach 100%); the first is never zero.
            var weight = random.Next(i == 0 ? 1 : 0, 4_001) / 100m;
            indicators[i] = random.Next(2) == 0
                ? MilestoneIndicator($"milestone-{i}", weight, random.Next(0, 101))
                : RandomMetric(random, $"metric-{i}", weight);
        }

        return new OutcomesFramework(Id<OutcomesFramework>.Of("random"), "Random framework", [Outcome("all", indicators.Sum(indicator => indicator.Weight.Value), indicators)]);
    }

    private static Indicator RandomMetric(Random random, string id, decimal weight)
    {
        var baseline = random.Next(-500, 1_501) / 10m;
        var target = random.Next(5) == 0 ? baseline : baseline + (random.Next(-300, 301) / 10m);
        var direction = random.Next(2) == 0 ? MetricDirection.HigherIsBetter : MetricDirection.LowerIsBetter;
        ScoringRule scoring = random.Next(3) switch
        {
            0 => new BinaryScoring(),
            1 => new LinearScoring(),
            _ => Bands(RandomBands(random)),
        };
        return MetricIndicator(id, weight, baseline, target, direction, scoring);
    }

    private static (decimal From, decimal Score)[] RandomBands(Random random)
    {
        var bands = new (decimal From, decimal Score)[random.Next(1, 4)];
        var (from, score) = (0m, 0m);
        for (var i = 0; i < bands.Length; i++)
        {
            from += random.Next(1, 80);
            score = Math.Min(100m, score + random.Next(1, 60));
            bands[i] = (from, score);
        }

        return bands;
    }

    private static List<IndicatorResult> RandomResults(Random random, OutcomesFramework framework, ContractYear year)
    {
        var results = new List<IndicatorResult>();
        ContractPeriod[] periods = [year.AsPeriod(), .. year.Quarters()];
        foreach (var indicator in framework.Indicators)
        {
            foreach (var period in periods)
            {
                var copies = random.Next(10) switch
                {
                    0 or 1 => 0,
                    2 => 2,
                    _ => 1,
                };
                for (var c = 0; c < copies; c++)
                {
                    results.Add(RandomResult(random, indicator, period));
                }
            }
        }

        return results;
    }

    private static IndicatorResult RandomResult(Random random, Indicator indicator, ContractPeriod period)
    {
        var wrongShape = random.Next(20) == 0;
        var isMilestone = indicator.Measure is MilestoneMeasure != wrongShape;
        return isMilestone
            ? Milestone(indicator.Id.Value, period, (MilestoneStatus)random.Next(3))
            : Metric(indicator.Id.Value, period, random.Next(-1_000, 2_001) / 10m);
    }
}
