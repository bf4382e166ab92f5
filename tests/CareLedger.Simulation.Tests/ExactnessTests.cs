using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Tests;

/// <summary>The kernel is the contract: sampled simulated years re-settled by the engine give the same money to the penny.</summary>
public sealed class ExactnessTests
{
    [Theory]
    [InlineData("mid-notts-alliance")]
    public void Simulated_years_resettled_by_the_engine_agree_to_the_penny_for_every_party_and_element(string template)
    {
        var (contract, scenario) = TemplateFiles.Template(template);
        var plan = new SimulationPlan(contract, scenario);
        var kernel = new YearKernel(plan);
        var draws = new double[plan.Draws.Count];
        var compared = 0;
        for (var run = 0; run < 40; run++)
        {
            var state = plan.Model.Start();
            for (var year = 1; year <= plan.Years; year++)
            {
                plan.Draws.Draw(7, run, year, draws);
                var inputs = plan.Model.Year(year, draws, state);
                var totals = kernel.Settle(year, inputs);
                var engine = SettlementEngine.SettleTotals(plan.Budget, plan.Allocations, inputs.Actuals, contract.Term.Calendar.Years[year - 1].AsPeriod());
                for (var p = 0; p < contract.Parties.Count; p++)
                {
                    foreach (var element in Enum.GetValues<StatementElement>())
                    {
                        Assert.Equal(engine.EntitlementOf(contract.Parties[p].Id, element).ToMinorUnits(), totals[p, element]);
                        compared++;
                    }
                }
            }
        }

        Assert.True(compared > 1000);
    }
}
