using System.Globalization;
using System.Text;
using CareLedger.Domain.Outcomes;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Tests;

/// <summary>A figure that never varies has every percentile exactly its value, however wide the histogram's bins.</summary>
public sealed class ConstantFigureTests
{
    [Fact]
    public void Percentiles_of_a_constant_in_a_wide_range_are_the_constant_to_the_penny()
    {
        // Bins of about £4,900 each: read from the bins alone, a percentile could be off by up to that.
        var tally = new Tally(0, 1_000_000_000);
        for (var i = 0; i < 5_000; i++)
        {
            tally.Add(123_456_789);
        }

        foreach (var p in new[] { 0.05, 0.1, 0.5, 0.9, 0.95 })
        {
            Assert.Equal(123_456_789d, tally.Percentile(p));
        }
    }

    [Fact]
    public void Percentiles_never_fall_outside_the_least_and_greatest_value()
    {
        var tally = new Tally(0, 1_000_000_000);
        tally.Add(500_000_001);
        tally.Add(500_000_003);
        foreach (var p in new[] { 0.05, 0.5, 0.95 })
        {
            Assert.InRange(tally.Percentile(p), 500_000_001d, 500_000_003d);
        }
    }

    [Fact]
    public void A_simulation_with_nothing_uncertain_reports_every_percentile_as_the_exact_amount()
    {
        var contract = TemplateFiles.Contract("mid-notts-alliance");
        var text = new StringBuilder("careledger_scenario: 1\ncontract: mid-notts-better-together\nindicators:\n");
        foreach (var indicator in contract.Frameworks.Single().Indicators)
        {
            var result = indicator.Measure is MetricMeasure metric ? metric.Target.For(contract.Term.Calendar.Years[0]).ToString(CultureInfo.InvariantCulture) : "{ distribution: bernoulli, p: 100% }";
            text.Append(CultureInfo.InvariantCulture, $"  - {{ indicator: {indicator.Id}, result: {result} }}\n");
        }

        var simulation = Simulator.Simulate(contract, TemplateFiles.Scenario(contract, text.ToString()), new SimulationOptions(1_500, 3, 2));

        var checkedFigures = 0;
        foreach (var year in simulation.Parties.SelectMany(party => party.Years.Append(party.Term)))
        {
            var income = year.Income;
            Assert.Equal(income.Min, income.Max);
            Assert.All(new[] { income.Mean, income.P5, income.P10, income.P50, income.P90, income.P95 }, estimate => Assert.Equal(income.Min, estimate.Value));
            checkedFigures++;
        }

        Assert.Contains(simulation.Parties, party => party.Term.Income.Min != 0m);
        Assert.True(checkedFigures > 10);
    }
}
