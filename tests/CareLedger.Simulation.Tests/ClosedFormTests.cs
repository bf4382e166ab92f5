using CareLedger.Domain;
using CareLedger.Domain.Payments;
using CareLedger.Domain.SharedSavings;
using CareLedger.TestSupport;
using MathNet.Numerics.Distributions;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Simulation.Tests;

/// <summary>
/// Known answers in closed form for a threshold and a bound, on a small contract built for each (the Riverside
/// alliance with one mechanism set up to be worked by hand), with fixed seeds; every estimate within three of its
/// Monte Carlo standard errors.
/// </summary>
public sealed class ClosedFormTests
{
    private const string Head = "careledger_scenario: 1\ncontract: riverside-alliance\n";

    /// <summary>
    /// Benchmark £100m, minimum savings rate 2%: savings are shared only when expenditure is at most
    /// £100m × (1 − 2%) = £98m. With expenditure normal, mean £97.5m and sd £1m, that happens with probability
    /// Φ((£98m − £97.5m) ÷ £1m) = Φ(0.5) = 0.6915. Half a standard deviation is far wider than the penny expenditure is
    /// rounded to, so the rounding moves the answer by nothing a test can see.
    /// </summary>
    [Fact]
    public void Normal_expenditure_clears_the_minimum_savings_rate_with_the_closed_form_probability()
    {
        const double Benchmark = 100_000_000, Msr = 0.02, Mean = 97_500_000, Sd = 1_000_000;
        var contract = ContractBuilder.AValidContract()
            .WithSharedSavings(terms => terms with
            {
                Benchmark = new Benchmark(null, EveryYear(Gbp((decimal)Benchmark))),
                MinimumSavingsRate = Pct("2%"),
                MinimumLossRate = null,
                MaxSharingRate = Pct("50%"),
                QualityAdjusted = false,
                SavingsCap = null,
                Loss = null,
                Withholding = Percentage.Zero,
            })
            .Build();
        var scenario = TemplateFiles.Scenario(contract, Head + "shared_savings:\n  - { terms: benchmark-savings, expenditure: { distribution: normal, mean: £97.5m, sd: £1m } }\n");

        var result = Simulator.Simulate(contract, scenario, new SimulationOptions(4_000, 98, 2));

        var expected = Normal.CDF(0, 1, ((Benchmark * (1 - Msr)) - Mean) / Sd);
        Assert.Equal(0.6915, expected, 4);
        var entity = result.Parties.Single(party => party.Party == ContractBuilder.Hospital);
        Assert.Equal(3, entity.Years.Count);
        foreach (var year in entity.Years)
        {
            var shared = year.SavingsShared!;
            Assert.InRange(shared.Value, expected - (3 * shared.StandardError), expected + (3 * shared.StandardError));
        }
    }

    /// <summary>
    /// A volume variance paid at 100% both ways, no dead-band, capped and collared at 5% of a planned value of £10m
    /// (10,000 units at £1,000) a year: the payment is £10m × clamp(d, −5%, +5%) for the volume draw d, normal with
    /// mean μ = 2% and sd σ = 4% (symmetric, but not about the middle of the bounds, so the answer is not simply μ).
    /// For X normal, E[clamp(X, L, U)] = L·Φ(a) + U·(1 − Φ(b)) + μ·(Φ(b) − Φ(a)) + σ·(φ(a) − φ(b)) with
    /// a = (L − μ) ÷ σ = −1.75 and b = (U − μ) ÷ σ = 0.75:
    /// −0.05 × 0.040059 + 0.05 × 0.226627 + 0.02 × 0.733313 + 0.04 × (0.086277 − 0.301137) = 0.015400,
    /// so the provider is paid £154,003 a year on average against £200,000 were there no cap or collar. The draw is
    /// rounded to six places (at most £5 either way) and each payment to the penny, far inside the standard error.
    /// </summary>
    [Fact]
    public void A_capped_and_collared_volume_variance_has_the_truncated_normal_mean()
    {
        const double Mu = 0.02, Sigma = 0.04, Bound = 0.05, PlannedValue = 10_000_000;
        var contract = ContractBuilder.AValidContract()
            .WithPayment(payment => payment with
            {
                Variable = payment.Variable! with
                {
                    Mechanisms = [.. payment.Variable.Mechanisms.OfType<VolumeMechanism>().Select(mechanism => mechanism with
                    {
                        AboveRate = Percentage.Hundred,
                        BelowRate = Percentage.Hundred,
                        DeadBand = null,
                        Cap = Limit.Of(Pct("5%")),
                        Collar = Limit.Of(Pct("5%")),
                    })],
                },
            })
            .Build();
        const string Activity = "activity:\n  - { service_line: acute, provider: city-hospital, planned: 10000, unit_price: £1000, volume: ";
        var drawn = TemplateFiles.Scenario(contract, Head + Activity + "{ distribution: normal, mean: 2%, sd: 4% } }\n");
        var atPlan = TemplateFiles.Scenario(contract, Head + Activity + "0% }\n");

        var result = Simulator.Simulate(contract, drawn, new SimulationOptions(4_000, 5, 2));
        // At plan the variance pays nothing, so what the provider is due then is everything else it is due.
        var withoutVariance = Projector.Project(contract, atPlan).Parties.Single(party => party.Party == ContractBuilder.Hospital);

        double a = (-Bound - Mu) / Sigma, b = (Bound - Mu) / Sigma;
        var fraction = (-Bound * Normal.CDF(0, 1, a)) + (Bound * (1 - Normal.CDF(0, 1, b))) + (Mu * (Normal.CDF(0, 1, b) - Normal.CDF(0, 1, a))) + (Sigma * (Normal.PDF(0, 1, a) - Normal.PDF(0, 1, b)));
        var expected = (decimal)(PlannedValue * fraction);
        Assert.InRange(expected, 154_000m, 154_006m);
        var hospital = result.Parties.Single(party => party.Party == ContractBuilder.Hospital);
        for (var year = 0; year < hospital.Years.Count; year++)
        {
            var income = hospital.Years[year].Income;
            var variance = income.Mean.Value - withoutVariance.Years[year].Income.Amount;
            var se = income.Mean.StandardError!.Value;
            Assert.InRange(variance, expected - (3 * se), expected + (3 * se));
            Assert.True(hospital.Years[year].CapOrCollarReached!.Value > 0.2, "the bounds hold about a quarter of the draws, so they are reached");
        }
    }
}
