using System.Globalization;
using System.Text;
using CareLedger.Domain.Outcomes;
using CareLedger.Simulation.Draws;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Tests;

/// <summary>Statistical tests with known answers, fixed seeds, each estimate judged against its Monte Carlo standard error.</summary>
public sealed class KnownAnswerTests
{
    /// <summary>
    /// Mid-Notts pays all-or-nothing at a 100% threshold, so with its k = 19 milestones each met independently with
    /// p = 96% (and both metrics held at their targets) the outcome is earned with probability 0.96^19 = 0.4604.
    /// </summary>
    [Fact]
    public void An_all_or_nothing_outcome_over_k_independent_milestones_is_earned_with_probability_p_to_the_k()
    {
        var contract = TemplateFiles.Contract("mid-notts-alliance");
        var indicators = contract.Frameworks.Single().Indicators.ToArray();
        var text = new StringBuilder("careledger_scenario: 1\ncontract: mid-notts-better-together\nindicators:\n");
        var k = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Measure is MetricMeasure metric)
            {
                var target = metric.Target.For(contract.Term.Calendar.Years[0]).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"  - {{ indicator: {indicator.Id}, result: {target} }}\n");
            }
            else
            {
                k++;
                text.Append(CultureInfo.InvariantCulture, $"  - {{ indicator: {indicator.Id}, result: {{ distribution: bernoulli, p: 96% }} }}\n");
            }
        }

        var scenario = TemplateFiles.Scenario(contract, text.ToString());
        var result = Simulator.Simulate(contract, scenario, new SimulationOptions(4_000, 2024, 2));

        var expected = Math.Pow(0.96, k);
        Assert.Equal(19, k);
        var earned = result.Parties.SelectMany(party => party.Years).Select(year => year.OutcomeEarned).OfType<Probability>().ToArray();
        Assert.NotEmpty(earned);
        foreach (var estimate in earned)
        {
            Assert.InRange(estimate.Value, expected - (3 * estimate.StandardError), expected + (3 * estimate.StandardError));
        }
    }

    /// <summary>Percentiles of a standard normal scaled to £1,000 sd around £50,000: P5 = 50,000 − 1,644.85, P50 = 50,000, P95 = 50,000 + 1,644.85.</summary>
    [Fact]
    public void Percentiles_of_a_known_distribution_are_found_within_three_standard_errors()
    {
        var pilot = new Tally(4_500_000, 5_500_000);
        for (var run = 0; run < 40_000; run++)
        {
            var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, CounterRandom.Uniform(99, run, 1, 0));
            pilot.Add((long)Math.Round(5_000_000 + (100_000 * z)));
        }

        var summary = MoneySummary.Of(pilot);
        void Near(Estimate estimate, decimal expected) =>
            Assert.InRange(estimate.Value, expected - (3 * estimate.StandardError!.Value) - 0.5m, expected + (3 * estimate.StandardError!.Value) + 0.5m);
        Near(summary.Mean, 50_000m);
        Near(summary.P5, 50_000m - 1_644.85m);
        Near(summary.P10, 50_000m - 1_281.55m);
        Near(summary.P50, 50_000m);
        Near(summary.P90, 50_000m + 1_281.55m);
        Near(summary.P95, 50_000m + 1_644.85m);
        Near(summary.StandardDeviation, 1_000m);
    }

    /// <summary>
    /// The volume mechanism's rates are 75% above plan and 50% below, so with a symmetric volume draw its mean is not zero; but
    /// the commissioners' and providers' incomes mirror each other exactly, whatever the draws.
    /// </summary>
    [Fact]
    public void Money_is_conserved_every_run_so_the_parties_mean_incomes_sum_to_zero()
    {
        var (contract, scenario) = TemplateFiles.Template("mid-notts-alliance");
        var result = Simulator.Simulate(contract, scenario, new SimulationOptions(1_500, 5, 2));
        foreach (var year in Enumerable.Range(0, result.Years.Count))
        {
            Assert.InRange(result.Parties.Sum(party => party.Years[year].Income.Mean.Value), -0.05m, 0.05m);
        }
    }
}
