namespace CareLedger.Analytics.Risk;

/// <summary>
/// Fits the emergency-admission risk model on two thirds of a population and reports it on the other third (every
/// person whose id is a multiple of 3, so the split is fixed by the population, not drawn). The checks themselves
/// (calibration, capture, tiers) are <see cref="HeldOutEvaluation"/>'s.
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
        var scores = new (string Name, double[] Scores)[]
        {
            ("model", predicted),
            ("age alone", [.. test.Select(person => (double)person.Age)]),
            ("prior admissions alone", [.. test.Select(person => (double)person.PriorAdmissions)]),
            ("true risk (ceiling)", [.. test.Select(person => person.TrueRisk)]),
        };
        var (slope, intercept) = HeldOutEvaluation.Calibration(predicted, outcomes.Admitted);
        var ranked = HeldOutEvaluation.Ranked(predicted);
        return new RiskReport(
            population.Seed, population.People.Count, train.Count, test.Count, outcomes.Admitted.Count(admitted => admitted) / (double)test.Count,
            [.. RiskFeatures.Names.Zip(model.Coefficients)], model.Steps,
            Auroc.Of(predicted, outcomes.Admitted), Auroc.Of(scores[3].Scores, outcomes.Admitted), Auroc.Of(scores[1].Scores, outcomes.Admitted), Auroc.Of(scores[2].Scores, outcomes.Admitted),
            slope, intercept,
            HeldOutEvaluation.Deciles(ranked, predicted, outcomes.Admitted),
            HeldOutEvaluation.Captures(scores, outcomes),
            HeldOutEvaluation.Tiers(ranked, predicted, outcomes));
    }
}
