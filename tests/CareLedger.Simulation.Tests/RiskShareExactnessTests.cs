using CareLedger.Benchmarks;
using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scenarios;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Tests;

/// <summary>
/// The compiled risk share (<see cref="RiskShareTerm"/>) against the engine's rule on the benchmark contract, with every
/// measure and the parts of a sharing side that change the pennies: bands in money and in percent of plan, a gap,
/// shares in thirds (odd pennies), money and rate caps, a cap on the bearer (ignored), both sides, and draws wide
/// enough to land in each band. Sampled years are re-settled by <see cref="SettlementEngine"/> to the penny.
/// </summary>
public sealed class RiskShareExactnessTests
{
    private static readonly Id<Party> Ccg = Id<Party>.Of("ccg");
    private static readonly Id<Party> Prime = Id<Party>.Of("provider-0");

    [Fact]
    public void Risk_shares_settled_by_the_compiled_term_agree_with_the_engine_to_the_penny()
    {
        var (contract, scenario) = Build();
        var plan = new SimulationPlan(contract, scenario);
        Assert.Empty(plan.Terms.ByEngine);

        var kernel = new YearKernel(plan);
        var draws = new double[plan.Draws.Count];
        var moved = new HashSet<(bool Loss, RiskMeasure Measure)>();
        var compared = 0;
        for (var run = 0; run < 40; run++)
        {
            var slim = plan.Model.Start();
            var full = plan.Model.Start();
            for (var year = 1; year <= 3; year++)
            {
                plan.Draws.Draw(11, run, year, draws);
                var totals = kernel.Settle(year, plan.Model.Year(year, draws, slim, needed: plan.Terms.Needed));
                var actuals = plan.Model.Year(year, draws, full).Actuals;
                var engine = SettlementEngine.SettleTotals(plan.Budget, plan.Allocations, actuals, contract.Term.Calendar.Years[year - 1].AsPeriod());
                for (var p = 0; p < contract.Parties.Count; p++)
                {
                    var expected = engine.EntitlementOf(contract.Parties[p].Id, StatementElement.RiskShare).ToMinorUnits();
                    Assert.True(expected == totals[p, StatementElement.RiskShare], $"run {run}, year {year}, {contract.Parties[p].Id}: engine {expected}, kernel {totals[p, StatementElement.RiskShare]}");
                    compared++;
                }

                Observe(plan, year, actuals, moved);
            }
        }

        Assert.True(compared > 1000);
        Assert.Contains((true, RiskMeasure.SpendAgainstPlan), moved);
        Assert.Contains((false, RiskMeasure.SpendAgainstPlan), moved);
        Assert.Contains((true, RiskMeasure.FixedElementSurplus), moved);
        Assert.Contains((false, RiskMeasure.FixedElementSurplus), moved);
        Assert.Contains((false, RiskMeasure.WholeContract), moved);
    }

    /// <summary>Which side each item's variance fell on this year (a check that the draws reached both).</summary>
    private static void Observe(SimulationPlan plan, int year, Domain.Actuals.ContractActuals actuals, HashSet<(bool, RiskMeasure)> moved)
    {
        var y = year - 1;
        var spend = actuals.RiskItems.Single(row => row.Item == Id<RiskRewardItem>.Of("acute")).Actual;
        moved.Add((spend > Money.Gbp(50_000_000m), RiskMeasure.SpendAgainstPlan));
        var prime = plan.Allocations[y].Providers.Single(provider => provider.Payee.Id == Prime);
        var cost = actuals.ProviderCosts.Single(row => row.Party == Prime).ActualCost;
        moved.Add((cost > prime.Fixed.Amount, RiskMeasure.FixedElementSurplus));
        var costs = Money.Sum(actuals.ProviderCosts.Select(row => row.ActualCost), Currency.Gbp);
        moved.Add((costs > plan.Allocations[y].Total(Currency.Gbp), RiskMeasure.WholeContract));
    }

    /// <summary>The benchmark contract with three risk items, one per measure, and draws spread wide around each plan.</summary>
    private static (Contract Contract, Scenario Scenario) Build()
    {
        var (contract, scenario) = LargeScenario.Build();
        var providers = contract.Parties.Where(party => party.IsPayable).Select(party => party.Id).ToArray();
        var thirds = new[] { new PartyShare(Ccg, Share.FromFraction(1, 3)), new PartyShare(providers[1], Share.FromFraction(1, 3)), new PartyShare(providers[2], Share.FromFraction(1, 3)) };
        var participants = thirds.Append(new PartyShare(Prime, Share.Zero)).ToArray();
        var moneyBands = new SharingSide(true, BandUnit.Money, [
            new SharingBand(0m, 1_000_000m, [new PartyShare(Ccg, Share.Whole)]),
            new SharingBand(1_000_000m, 3_000_000m, thirds),
            new SharingBand(4_000_000m, null, [new PartyShare(providers[1], Share.FromFraction(2, 7)), new PartyShare(providers[2], Share.FromFraction(5, 7))]),
        ], [
            new ParticipantCap(providers[1], Limit.Of(Money.Gbp(700_000.01m))),
            new ParticipantCap(providers[2], Limit.Of(Percentage.FromPercent(1.5m))),
            new ParticipantCap(Ccg, Limit.Of(Money.Gbp(1m))),
        ]);
        var percentBands = new SharingSide(true, BandUnit.PercentOfPlan, [
            new SharingBand(0m, 2.5m, [new PartyShare(Prime, Share.Whole)]),
            new SharingBand(2.5m, 10m, [new PartyShare(Prime, Share.FromFraction(1, 3)), new PartyShare(Ccg, Share.FromFraction(2, 3))]),
            new SharingBand(12m, null, thirds),
        ], [new ParticipantCap(Ccg, Limit.Of(Percentage.FromPercent(1m))), new ParticipantCap(providers[1], Limit.Of(Money.Gbp(123_456.78m)))]);
        var gateway = new GatewayAnswers(true, true, true);
        var everything = CellScope.Everything;
        var items = new[]
        {
            new RiskRewardItem(Id<RiskRewardItem>.Of("acute"), "Acute activity", null, RiskMeasure.SpendAgainstPlan, everything, YearSchedule<Money>.Constant(Money.Gbp(50_000_000m)), gateway, true, participants, moneyBands, percentBands),
            new RiskRewardItem(Id<RiskRewardItem>.Of("prime"), "Prime's fixed element", null, RiskMeasure.FixedElementSurplus, everything, null, gateway, true, participants, percentBands, moneyBands, FallsOn: Prime),
            new RiskRewardItem(Id<RiskRewardItem>.Of("whole"), "Whole contract", null, RiskMeasure.WholeContract, everything, null, gateway, true, participants, percentBands, new SharingSide(false, BandUnit.Money, [], [])),
        };
        contract = contract with { RiskReward = new RiskRewardAccount(items, null) };

        // The prime's cost is drawn around its first-year fixed element, so its surplus falls on either side.
        var fixedElement = AllocationEngine.Allocate(BudgetEngine.Build(contract))[0].Providers.Single(provider => provider.Payee.Id == Prime).Fixed.Amount;
        var costs = scenario.Costs.Select(cost => cost.Party == Prime ? cost with { Amount = fixedElement, Variation = new ScenarioVariable("prime-cost", new NormalDistribution(0, 0.15)) } : cost).ToArray();
        var risk = new RiskItemAssumption(Id<RiskRewardItem>.Of("acute"), new ScenarioVariable("acute-spend", new NormalDistribution(50_000_000, 6_000_000)), null);
        return (contract, new Scenario(scenario.Contract, scenario.Name, scenario.PopulationGrowth, scenario.Inflation, scenario.Activity, costs, scenario.Indicators, [risk], [], [], scenario.Correlation));
    }
}
