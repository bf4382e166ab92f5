using CareLedger.Benchmarks;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Tests;

/// <summary>
/// The kernel is the contract: sampled simulated years, settled by the compiled terms on the slim inputs a simulation
/// builds, and re-settled by <see cref="SettlementEngine"/> on the year's full actuals, give the same money to the penny.
/// </summary>
public sealed class ExactnessTests
{
    [Theory]
    [InlineData("mid-notts-alliance", 60, true)]
    [InlineData("bedfordshire-msk-prime", 60, true)]
    [InlineData("cambs-older-people-prime-provider", 40, true)]
    [InlineData("lambeth-alliance", 40, false)]
    [InlineData("salford-pooled-alliance", 40, false)]
    [InlineData("staffordshire-prime", 40, false)]
    public void Template_years_settled_by_the_compiled_kernel_agree_with_the_engine_to_the_penny(string template, int runs, bool drawsMoveMoney)
    {
        var (contract, scenario) = TemplateFiles.Template(template);
        AssertKernelAgrees(contract, scenario, runs, drawsMoveMoney);
    }

    [Fact]
    public void Benchmark_contract_years_settled_by_the_compiled_kernel_agree_with_the_engine_to_the_penny()
    {
        var (contract, scenario) = LargeScenario.Build();
        AssertKernelAgrees(contract, scenario, 3);
    }

    /// <summary>
    /// Bedfordshire's prime keeps the first 5% of a surplus on its 95% fixed element and splits the rest 50/50 with the
    /// CCG: with Circle's cost of delivery drawn (sd 4%), some years' surpluses pass 5%, and the CCG's half moves.
    /// </summary>
    [Fact]
    public void Bedfordshire_surplus_share_is_simulated_from_the_prime_cost_of_delivery()
    {
        var (contract, scenario) = TemplateFiles.Template("bedfordshire-msk-prime");
        var plan = new SimulationPlan(contract, scenario);
        Assert.DoesNotContain("RiskShareRule", plan.Terms.ByEngine);
        var kernel = new YearKernel(plan);
        var draws = new double[plan.Draws.Count];
        var ccg = contract.Parties.Select((party, i) => (party, i)).Single(pair => pair.party.Id.Value == "bedfordshire-ccg").i;
        var shared = 0;
        for (var run = 0; run < 200; run++)
        {
            var state = plan.Model.Start();
            for (var year = 1; year <= plan.Years; year++)
            {
                plan.Draws.Draw(5, run, year, draws);
                shared += kernel.Settle(year, plan.Model.Year(year, draws, state, needed: plan.Terms.Needed))[ccg, StatementElement.RiskShare] > 0 ? 1 : 0;
            }
        }

        Assert.True(shared > 0, "No year's surplus passed 5% of the fixed element.");
    }

    [Fact]
    public void Benchmark_contract_years_rounded_half_to_even_agree_with_the_engine_to_the_penny()
    {
        var (contract, scenario) = LargeScenario.Build();
        AssertKernelAgrees(contract with { Rounding = RoundingRule.HalfEven }, scenario, 3);
    }

    [Fact]
    public void The_benchmark_contract_settles_every_drawn_mechanism_with_compiled_terms_and_builds_no_actuals()
    {
        var (contract, scenario) = LargeScenario.Build();
        var plan = new SimulationPlan(contract, scenario);
        Assert.Empty(plan.Terms.ByEngine);
        Assert.Same(ActualsNeeded.None, plan.Terms.Needed);
    }

    /// <param name="drawsMoveMoney">False for a template whose scenario draws nothing a drawn mechanism pays on (its figures are the fixed movements only).</param>
    private static void AssertKernelAgrees(Contract contract, Scenario scenario, int runs, bool drawsMoveMoney = true)
    {
        var plan = new SimulationPlan(contract, scenario);
        var kernel = new YearKernel(plan);
        var draws = new double[plan.Draws.Count];
        var compared = 0;
        var moved = 0;
        for (var run = 0; run < runs; run++)
        {
            var slim = plan.Model.Start();
            var full = plan.Model.Start();
            for (var year = 1; year <= plan.Years; year++)
            {
                plan.Draws.Draw(7, run, year, draws);
                var totals = kernel.Settle(year, plan.Model.Year(year, draws, slim, needed: plan.Terms.Needed));
                var actuals = plan.Model.Year(year, draws, full).Actuals;
                var engine = SettlementEngine.SettleTotals(plan.Budget, plan.Allocations, actuals, contract.Term.Calendar.Years[year - 1].AsPeriod());
                for (var p = 0; p < contract.Parties.Count; p++)
                {
                    foreach (var element in Enum.GetValues<StatementElement>())
                    {
                        var expected = engine.EntitlementOf(contract.Parties[p].Id, element).ToMinorUnits();
                        Assert.True(expected == totals[p, element], $"run {run}, year {year}, {contract.Parties[p].Id}, {element}: engine {expected}, kernel {totals[p, element]}");
                        compared++;
                        moved += expected != 0 && element is not (StatementElement.Fixed or StatementElement.ManagementFee or StatementElement.CostReimbursement) ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(compared > 1000);
        Assert.True(!drawsMoveMoney || moved > 0, "No drawn money moved: the compiled terms were not exercised.");
    }
}
