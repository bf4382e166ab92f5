using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Parties;
using CareLedger.Simulation.Model;
using CareLedger.Simulation.Viability;

namespace CareLedger.Simulation.Tests.Viability;

/// <summary>
/// The question the Cambridgeshire and Peterborough contract never asked: with the source documents' figures (the
/// shipped scenario: the £726m bid, costs between the bid and the ceiling plus the £34m asked for, and the 10% cost
/// reduction undelivered), how likely was the bid to be sustainable, and what value would have been at 90%? The
/// unfunded VAT the template names is counted against UnitingCare.
/// </summary>
public sealed class CambridgeshireViabilityTests
{
    private const string Template = "cambs-older-people-prime-provider";
    private static readonly (Domain.Contracts.Contract Contract, Domain.Scenarios.Scenario Scenario) Files = TemplateFiles.Template(Template);
    private static readonly ViabilityResult Result = ViabilitySearch.Assess(Files.Contract, Files.Scenario, new ViabilityOptions(Id<Party>.Of("uniting-care"), 4_000, 1, 2));

    [Fact]
    public void The_unfunded_vat_counted_is_the_budgets_unfunded_pressure_at_the_bid()
    {
        var atBid = BudgetEngine.Build(ContractAtValue.Scale(Files.Contract, Money.Gbp(726_000_000m)));
        Assert.Equal(Money.Sum(atBid.Years.Select(year => year.UnfundedPressure), Currency.Gbp), Result.Term.Unfunded);
        Assert.Equal(atBid.Years.Select(year => year.UnfundedPressure), Result.Years.Select(year => year.Unfunded));
        Assert.False(Result.Term.Unfunded.IsZero);
    }

    [Fact]
    public void The_bid_of_726m_is_modelled_and_the_90_percent_value_is_above_it()
    {
        Assert.InRange(Result.ModelledValue.Amount, 725_999_999.90m, 726_000_000.10m);
        var ninety = Result.Sustainable.Single(level => level.Level == 0.9);
        Assert.True(ninety.Value!.Value.Value > Result.ModelledValue.Amount);
        Assert.InRange(ninety.Achieved!.Value, 0.9 - (3 * ninety.Achieved.StandardError), 0.9 + (3 * ninety.Achieved.StandardError));
    }

    /// <summary>
    /// With the unfunded VAT counted the bidder is worse off than <c>simulate</c> shows by exactly the VAT in every run:
    /// the same seed, the same futures, so each year's mean surplus is the simulation's less that year's VAT.
    /// </summary>
    [Fact]
    public void Each_years_mean_surplus_is_the_simulations_less_the_unfunded_vat()
    {
        var simulated = Simulator.Simulate(Files.Contract, Files.Scenario, new SimulationOptions(4_000, 1, 2));
        var party = simulated.Parties.Single(candidate => candidate.Party == "uniting-care");
        for (var y = 0; y < Result.Years.Count; y++)
        {
            Assert.Equal(party.Years[y].Surplus!.Mean.Value - Result.Years[y].Unfunded.Amount, Result.Years[y].MeanSurplus.Value);
        }
    }
}
