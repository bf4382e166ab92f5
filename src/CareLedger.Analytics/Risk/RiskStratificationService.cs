namespace CareLedger.Analytics.Risk;

/// <summary>
/// Fits the emergency-admission risk model on two thirds of a population and reports it on the other third (every
/// person whose id is a multiple of 3, so the split is fixed by the population, not drawn). The checks themselves
/// (AUROC, calibration, capture, tiers) are <see cref="HeldOutEvaluation"/>'s.
/// </summary>
public sealed class RiskStratificationService
{
    /// <summary>The ridge penalty: small against 200,000 training rows, enough to keep the fit well posed.</summary>
    public const double Penalty = 1.0;

    public RiskReport Evaluate(SyntheticPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var rates = RiskFeatures.PracticeRates(population.People, population.Practices);
        var train = population.People.Where(person => person.Id % 3 != 0).ToList();
        var test = population.People.Where(person => person.Id % 3 == 0).ToList();
        var model = LogisticRegression.Fit([.. train.Select(person => RiskFeatures.For(person, rates))], [.. train.Select(person => person.AdmittedNextYear)], Penalty);

        var outcomes = new HeldOutOutcomes([.. test.Select(person => person.AdmittedNextYear)], [.. test.Select(person => person.NextYearAdmissions)], [.. test.Select(person => person.NextYearSpend)]);
        var predicted = test.Select(person => model.Predict(RiskFeatures.For(person, rates))).ToArray();
        double[] trueRisk = [.. test.Select(person => person.TrueRisk)];
        var check = HeldOutEvaluation.Check(model, RiskFeatures.Names, train.Count, predicted, outcomes,
            [.. test.Select(person => (double)person.Age)], [.. test.Select(person => (double)person.PriorAdmissions)], "prior admissions alone",
            ("true risk (ceiling)", trueRisk));
        return new RiskReport(population.Seed, population.People.Count, Auroc.Of(trueRisk, outcomes.Admitted), check);
    }
}
