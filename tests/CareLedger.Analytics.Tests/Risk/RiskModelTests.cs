using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>The emergency-admission risk model on the synthetic linked population: discrimination, calibration, capture.</summary>
public sealed class RiskModelTests(SyntheticPopulationReport fixture) : IClassFixture<SyntheticPopulationReport>
{
    private RiskReport Report => fixture.Report;

    [Fact]
    public void The_model_comes_within_003_of_the_generators_ceiling_and_beats_both_baselines()
    {
        Assert.True(Report.CeilingAuroc - Report.Check.ModelAuroc <= 0.03, $"model {Report.Check.ModelAuroc:F4}, ceiling {Report.CeilingAuroc:F4}");
        Assert.True(Report.Check.ModelAuroc <= Report.CeilingAuroc + 0.005, "a model cannot beat the true risk by more than chance");
        Assert.True(Report.Check.ModelAuroc > Report.Check.AgeAuroc, $"model {Report.Check.ModelAuroc:F4}, age alone {Report.Check.AgeAuroc:F4}");
        Assert.True(Report.Check.ModelAuroc > Report.Check.PriorAuroc, $"model {Report.Check.ModelAuroc:F4}, prior admissions alone {Report.Check.PriorAuroc:F4}");
    }

    [Fact]
    public void The_model_is_calibrated_on_people_it_never_saw()
    {
        Assert.InRange(Report.Check.CalibrationSlope, 0.9, 1.1);
        Assert.Equal(10, Report.Check.Deciles.Count);
        Assert.Equal(Report.Check.HeldOut, Report.Check.Deciles.Sum(decile => decile.People));
        // Each decile's observed share admitted is close to its mean prediction: within 1.5 points, or 15% of it in
        // the top decile where admissions are common.
        Assert.All(Report.Check.Deciles, decile => Assert.True(Math.Abs(decile.Observed - decile.MeanPredicted) <= Math.Max(0.015, 0.15 * decile.MeanPredicted),
            $"decile {decile.Decile}: predicted {decile.MeanPredicted:F4}, observed {decile.Observed:F4}"));
        Assert.True(Report.Check.Deciles.Zip(Report.Check.Deciles.Skip(1)).All(pair => pair.First.MeanPredicted <= pair.Second.MeanPredicted));
    }

    [Fact]
    public void The_top_two_percent_capture_more_than_either_baseline_and_no_more_than_the_ceiling()
    {
        var top2 = Report.Check.Captures.Where(capture => capture.Percent == 2m).ToDictionary(capture => capture.Score);

        // 2% of the 100,000 held-out people is 2,000.
        Assert.All(top2.Values, capture => Assert.Equal(2_000, capture.People));
        Assert.True(top2["model"].AdmissionShare > top2["age alone"].AdmissionShare);
        Assert.True(top2["model"].AdmissionShare > top2["prior admissions alone"].AdmissionShare);
        Assert.True(top2["model"].AdmissionShare <= top2["true risk (ceiling)"].AdmissionShare + 0.01);
        Assert.True(top2["model"].SpendShare > 2 * 0.02m, "the top 2% by risk hold more than twice their share of spend");
    }

    [Fact]
    public void Risk_tiers_partition_the_held_out_people_and_their_spend()
    {
        var test = fixture.Population.People.Where(person => person.Id % 3 == 0).ToList();

        Assert.Equal(["top 1%", "1% to 2%", "2% to 5%", "rest"], Report.Check.Tiers.Select(tier => tier.Name));
        Assert.Equal([1_000, 1_000, 3_000, 95_000], Report.Check.Tiers.Select(tier => tier.People));
        Assert.Equal(test.Sum(person => person.NextYearSpend), Report.Check.Tiers.Sum(tier => tier.Spend));
        Assert.Equal(test.Sum(person => person.NextYearAdmissions), Report.Check.Tiers.Sum(tier => tier.Admissions));
        Assert.True(Report.Check.Tiers.Zip(Report.Check.Tiers.Skip(1)).All(pair => pair.First.Observed > pair.Second.Observed));
    }

    [Fact]
    public void The_same_seed_gives_the_same_people_and_another_seed_does_not()
    {
        var again = new SyntheticPopulationGenerator().Generate(1_000, SyntheticPopulationReport.Seed);
        var other = new SyntheticPopulationGenerator().Generate(1_000, SyntheticPopulationReport.Seed + 1);

        Assert.Equal(fixture.Population.People.Take(1_000), again.People);
        Assert.NotEqual(again.People, other.People);
    }

    [Fact]
    public void The_generated_population_has_its_documented_structure()
    {
        var people = fixture.Population.People;

        Assert.Equal(SyntheticPopulationReport.People, people.Count);
        Assert.All(people.Take(10_000), person => Assert.Equal(person.NextYearAdmissions * SyntheticPopulationGenerator.AdmissionCost(person.Age), person.NextYearSpend));
        // Risk rises with age and with last year's admissions: the mean true risk of the over-75s is above the under-45s',
        // and of those admitted last year above those who were not.
        Assert.True(people.Where(person => person.Age >= 75).Average(person => person.TrueRisk) > 2 * people.Where(person => person.Age < 45).Average(person => person.TrueRisk));
        Assert.True(people.Where(person => person.PriorAdmissions > 0).Average(person => person.TrueRisk) > 2 * people.Where(person => person.PriorAdmissions == 0).Average(person => person.TrueRisk));
        // An emergency admission rate of the order England sees: between 4% and 15% of people admitted in a year.
        Assert.InRange(people.Average(person => person.AdmittedNextYear ? 1.0 : 0.0), 0.04, 0.15);
    }
}
