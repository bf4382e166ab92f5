using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>
/// Invariants of the share over random items: random participants and weights, bearers, band layouts (money and
/// percent of plan, gaps, closed tops, bands naming their own shares), caps (money and rates, on the bearer and on
/// parties without a contract value), and variances either side of plan. The random source is seeded, so every run
/// checks the same cases (house rule 3); change the seed locally to explore.
/// </summary>
public sealed class RiskShareProperties
{
    private const int Seed = 20160401;
    private const int Cases = 400;
    private static readonly string[] Parties = [Host, OtherCcg, Sherwood, Nuh, Community];

    [Fact]
    public void Transfers_net_to_zero_caps_hold_and_every_penny_of_the_variance_is_shared_or_stays_with_the_bearer()
    {
        var random = new Random(Seed);
        var baseContract = MidNotts();
        var budget = BudgetEngine.Build(baseContract).Years[0];
        var allocation = AllocationEngine.Allocate(baseContract, budget);

        var seen = new Dictionary<string, int>();
        void Saw(string what, bool happened) => seen[what] = seen.GetValueOrDefault(what) + (happened ? 1 : 0);
        for (var n = 0; n < Cases; n++)
        {
            var item = RandomItem(random);
            var contract = baseContract with { RiskReward = new RiskRewardAccount([item], null) };
            var plan = Money.FromMinorUnits(random.NextInt64(100_000_000, 5_000_000_000), Currency.Gbp);
            var actual = plan + Money.FromMinorUnits(random.NextInt64(-plan.ToMinorUnits() / 5, (plan.ToMinorUnits() / 5) + 1), Currency.Gbp);
            var actuals = ActualsWith(items: [new RiskItemActual(budget.Year, item.Id, plan, actual)]);
            var context = new SettlementContext(contract, budget, allocation, actuals, budget.Year.AsPeriod());

            new RiskShareRule().Settle(context);

            var what = $"case {n}: plan {plan}, actual {actual}";
            Assert.True(Money.Sum(context.Lines.Select(line => line.Amount), Currency.Gbp).IsZero, $"{what}: lines do not net to zero");

            var measured = VarianceMeasurement.Measure(item, context).Variance!;
            Assert.Equal((actual - plan).Abs(), measured.Magnitude);
            var side = measured.SharingSide;
            var bearer = measured.FallsOn;
            foreach (var party in Parties.Select(Id<Party>.Of).Where(party => party != bearer))
            {
                var net = Money.Sum(context.Lines.Where(line => line.Party == party).Select(line => line.Amount), Currency.Gbp);
                if (CapOf(party, side, allocation) is { } cap)
                {
                    Assert.True(net.Abs() <= cap, $"{what}: {party} moves {net}, beyond its cap {cap}");
                }
            }

            if (measured.Magnitude.IsZero || !side.Enabled)
            {
                Assert.Empty(context.Lines);
                continue;
            }

            var outcome = ShareCalculator.Share(measured, context);
            Saw("gain", measured.Side == VarianceSide.Gain);
            Saw("loss", measured.Side == VarianceSide.Loss);
            Saw("percent of plan", side.Unit == BandUnit.PercentOfPlan);
            Saw("cap hit", outcome.Participants.Any(participant => participant.IsCapped));
            Saw("not banded", !outcome.Unbanded.IsZero);
            Saw("bearer's own share", !outcome.OwnShare.IsZero);
            Saw("several slices", outcome.Slices.Count(slice => !slice.Amount.IsZero) > 1);
            Assert.Equal(measured.Magnitude, outcome.Moved(Currency.Gbp) + outcome.Unbanded + outcome.OwnShare + outcome.CappedExcess);
            Assert.False(outcome.Unbanded.IsNegative, $"{what}: bands cover more than the variance");
            Assert.All(outcome.Slices, slice => Assert.Equal(slice.IsShared ? slice.Amount : Money.Gbp(0m), Money.Sum(slice.Parts.Select(part => part.Amount), Currency.Gbp)));
            foreach (var participant in outcome.Participants.Where(participant => !participant.BearsVariance))
            {
                var net = Money.Sum(context.Lines.Where(line => line.Party == participant.Party).Select(line => line.Amount), Currency.Gbp);
                Assert.Equal(measured.Side == VarianceSide.Loss ? -participant.Moves : participant.Moves, net);
            }

            var bearerNet = Money.Sum(context.Lines.Where(line => line.Party == bearer).Select(line => line.Amount), Currency.Gbp);
            Assert.Equal(measured.Side == VarianceSide.Loss ? outcome.Moved(Currency.Gbp) : -outcome.Moved(Currency.Gbp), bearerNet);
        }

        // The generator must reach the interesting cases, or the invariants above prove little.
        Assert.All(seen, pair => Assert.True(pair.Value >= 10, $"only {pair.Value} cases with {pair.Key}"));
    }

    /// <summary>The lowest cap on the party that can apply, worked out independently of the rule.</summary>
    private static Money? CapOf(Id<Party> party, SharingSide side, YearAllocation allocation)
    {
        var contractValue = allocation.Providers.FirstOrDefault(provider => provider.Payee.Id == party)?.ContractValue;
        var caps = side.Caps.Where(cap => cap.Party == party)
            .Select(cap => cap.Limit.Bound.Match(amount => amount, rate => contractValue is { } value ? (value * rate).Round(RoundingRule.HalfUp) : (Money?)null))
            .OfType<Money>()
            .ToArray();
        return caps.Length == 0 ? null : caps.Min();
    }

    private static RiskRewardItem RandomItem(Random random)
    {
        var participants = RandomShares(random, minimum: 1);
        Id<Party>? fallsOn = random.Next(2) == 0 ? null : Id<Party>.Of(Parties[random.Next(Parties.Length)]);
        return Activity(participants, RandomSide(random), RandomSide(random), plan: null) with { FallsOn = fallsOn };
    }

    private static SharingSide RandomSide(Random random)
    {
        var unit = random.Next(2) == 0 ? BandUnit.Money : BandUnit.PercentOfPlan;
        var bands = new List<SharingBand>();
        var from = 0m;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            // Money edges in pennies up to £2m apart; percent edges in hundredths of a percent up to 10% apart.
            var width = unit == BandUnit.Money ? random.Next(1, 200_000_000) / 100m : random.Next(1, 1_000) / 100m;
            var last = i == count - 1;
            decimal? to = last && random.Next(10) < 7 ? null : from + width;
            var shares = random.Next(2) == 0 ? [] : RandomShares(random, minimum: 0);
            bands.Add(new SharingBand(from, to, shares));
            if (to is { } end)
            {
                // Now and then a gap before the next band.
                from = end + (random.Next(5) == 0 ? width / 2 : 0m);
            }
        }

        var caps = Parties
            .Where(_ => random.Next(10) < 3)
            .Select(party => random.Next(2) == 0
                ? Cap(party, Money.FromMinorUnits(random.Next(0, 50_000_000), Currency.Gbp))
                : Cap(party, random.Next(1, 200) / 100m))
            .ToArray();
        return new SharingSide(random.Next(10) != 0, unit, bands, caps);
    }

    /// <summary>A random subset of the parties with whole-number weights turned into exact shares of 100%.</summary>
    private static PartyShare[] RandomShares(Random random, int minimum)
    {
        var chosen = Parties.Where(_ => random.Next(2) == 0).ToList();
        while (chosen.Count < minimum)
        {
            chosen.Add(Parties[random.Next(Parties.Length)]);
            chosen = chosen.Distinct().ToList();
        }

        var weights = chosen.Select(_ => random.Next(1, 100)).ToArray();
        var total = weights.Sum();
        return chosen.Select((party, i) => new PartyShare(Id<Party>.Of(party), Share.FromFraction(weights[i], total))).ToArray();
    }
}
