using CareLedger.Benchmarks;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Tests;

/// <summary>
/// The kernel is the contract: sampled simulated years, settled by the compiled terms on the slim inputs a simulation
/// builds, and re-settled by <see cref="SettlementEngine"/> on the year's full actuals, give the same money to the penny.
/// </summary>
public sealed class ExactnessTests
{
    [Theory]
    [InlineData("mid-notts-alliance", 60)]
    public void Template_years_settled_by_the_compiled_kernel_agree_with_the_engine_to_the_penny(string template, int runs)
    {
        var (contract, scenario) = TemplateFiles.Template(template);
        AssertKernelAgrees(contract, scenario, runs);
    }

    [Fact]
    public void Benchmark_contract_years_settled_by_the_compiled_kernel_agree_with_the_engine_to_the_penny()
    {
        var (contract, scenario) = LargeScenario.Build();
        AssertKernelAgrees(contract, scenario, 3);
    }

    [Fact]
    public void The_benchmark_contract_settles_volume_and_outcomes_with_compiled_terms()
    {
        var (contract, scenario) = LargeScenario.Build();
        var plan = new SimulationPlan(contract, scenario);
        Assert.Equal(["RiskShareRule"], plan.Terms.ByEngine);
        Assert.Empty(plan.Terms.Needed.ActivityCells);
        Assert.False(plan.Terms.Needed.Indicators);
    }

    private static void AssertKernelAgrees(Contract contract, Scenario scenario, int runs)
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
                        moved += expected != 0 && element is StatementElement.Variable or StatementElement.Outcome ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(compared > 1000);
        Assert.True(moved > 0, "No variable or outcome money moved: the compiled terms were not exercised.");
    }
}
