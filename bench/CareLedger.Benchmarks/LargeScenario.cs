using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scenarios;

namespace CareLedger.Benchmarks;

/// <summary>
/// A scenario for the large contract (<see cref="LargeSettlement"/>: 40 providers × 15 service lines, 80 indicators,
/// volume on every line, patient choice, a risk share, pooled funding): one volume draw per service line (the first two
/// negatively correlated, a shift from acute to community), unit-cost inflation, each provider's cost of delivery, every
/// indicator's result and the risk item's spend — 137 draws a simulated year.
/// </summary>
public static class LargeScenario
{
    public static (Contract Contract, Scenario Scenario) Build()
    {
        var (contract, _) = LargeSettlement.Build();
        var providers = contract.Parties.Where(party => party.IsPayable).ToArray();
        var activity = contract.ServiceLines
            .Select((line, l) => new ActivityAssumption(null, line.Id, 1_000m + (l * 50m), Money.Gbp(300m + (l * 20m)), Percentage.FromPercent(1m), Percentage.FromPercent(2m), new ScenarioVariable($"volume-{l}", new NormalDistribution(0, 0.04))))
            .ToArray();
        var costs = providers
            .Select(provider => new CostAssumption(provider.Id, Money.Gbp(30_000_000m), new ScenarioVariable($"cost-{provider.Id.Value}", new NormalDistribution(0, 0.03))))
            .ToArray();
        var indicators = contract.Frameworks[0].Indicators
            .Select(indicator => new IndicatorAssumption(indicator.Id, new ScenarioVariable(
                $"result-{indicator.Id.Value}",
                indicator.Measure is MilestoneMeasure ? new BernoulliDistribution(0.97) : new NormalDistribution(92, 3))))
            .ToArray();
        var risk = new RiskItemAssumption(Id<RiskRewardItem>.Of("acute"), new ScenarioVariable("acute-spend", new NormalDistribution(51_000_000, 2_000_000)), null);
        const double shift = -0.5;
        var correlation = new CorrelationMatrix(["volume-0", "volume-1"], [1, shift, shift, 1], [1, 0, shift, Math.Sqrt(1 - (shift * shift))]);
        var scenario = new Scenario(
            contract.Id,
            "Large contract, central case",
            null,
            new ScenarioVariable("inflation", new TriangularDistribution(0.01, 0.021, 0.035)),
            activity,
            costs,
            indicators,
            [risk],
            [],
            [],
            correlation);
        return (contract, scenario);
    }
}
