namespace CareLedger.Analytics.Risk;

/// <summary>
/// Fits the emergency-admission risk model on two thirds of a population and reports it on the other third (every
/// person whose id is a multiple of 3, so the split is fixed by the population, not drawn).
/// </summary>
/// <remarks>
/// Calibration slope: the coefficient of logit(predicted) when the held-out outcomes are regressed on it (1 is perfect;
/// below 1 the model is too extreme, above 1 too timid). Capture: people are ranked by a score, highest first, ties in
/// person order, and the top ⌈n × X%⌉ taken. Spend shares are exact decimals; AUROC and rates are statistics.
/// </remarks>
public sealed class RiskStratificationService
{
    /// <summary>The ridge penalty: small against 200,000 training rows, enough to keep the fit well posed.</summary>
    public const double Penalty = 1.0;

    public static IReadOnlyList<decimal> CapturePercents { get; } = [1m, 2m, 5m];

    public RiskReport Evaluate(SyntheticPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var rates = RiskFeatures.PracticeRates(population.People, population.Practices);
        var train = population.People.Where(person => person.Id % 3 != 0).ToList();
        var test = population.People.Where(person => person.Id % 3 == 0).ToList();
        var model = LogisticRegression.Fit([.. train.Select(person => RiskFeatures.For(person, rates))], [.. train.Select(person => person.AdmittedNextYear)], Penalty);

        var outcomes = test.Select(person => person.AdmittedNextYear).ToArray();
        var predicted = test.Select(person => model.Predict(RiskFeatures.For(person, rates))).ToArray();
        var scores = new (string Name, double[] Values)[]
        {
            ("model", predicted),
            ("age alone", [.. test.Select(person => (double)person.Age)]),
            ("prior admissions alone", [.. test.Select(person => (double)person.PriorAdmissions)]),
            ("true risk (ceiling)", [.. test.Select(person => person.TrueRisk)]),
        };
        var calibration = LogisticRegression.Fit([.. predicted.Select(p => new[] { 1.0, LogisticRegression.Logit(p) })], outcomes, penalty: 0);
        var ranked = Ranked(predicted);
        return new RiskReport(
            population.Seed, population.People.Count, train.Count, test.Count, outcomes.Count(admitted => admitted) / (double)test.Count,
            [.. RiskFeatures.Names.Zip(model.Coefficients)], model.Steps,
            Auroc.Of(predicted, outcomes), Auroc.Of(scores[3].Values, outcomes), Auroc.Of(scores[1].Values, outcomes), Auroc.Of(scores[2].Values, outcomes),
            calibration.Coefficients[1], calibration.Coefficients[0],
            Deciles(ranked, predicted, outcomes),
            [.. CapturePercents.SelectMany(percent => scores.Select(score => CaptureOf(score.Name, percent, Ranked(score.Values), test)))],
            Tiers(ranked, predicted, test));
    }

    /// <summary>Positions in the held-out list, highest score first, ties in person order (a stable sort).</summary>
    private static int[] Ranked(double[] scores) =>
        [.. Enumerable.Range(0, scores.Length).OrderByDescending(index => scores[index])];

    private static int TopCount(int people, decimal percent) => (int)Math.Ceiling(people * percent / 100m);

    private static Capture CaptureOf(string score, decimal percent, int[] ranked, List<SyntheticPerson> test)
    {
        var top = ranked.Take(TopCount(test.Count, percent)).Select(index => test[index]).ToList();
        var admissions = test.Sum(person => person.NextYearAdmissions);
        var spend = test.Sum(person => person.NextYearSpend);
        var topSpend = top.Sum(person => person.NextYearSpend);
        return new Capture(score, percent, top.Count, admissions == 0 ? 0 : top.Sum(person => person.NextYearAdmissions) / (double)admissions,
            spend == 0m ? 0m : topSpend / spend, topSpend);
    }

    /// <summary>Ten groups of equal size (the first groups one larger when the count does not divide), lowest risk first.</summary>
    private static List<CalibrationDecile> Deciles(int[] ranked, double[] predicted, bool[] outcomes)
    {
        var ascending = ranked.Reverse().ToArray();
        var deciles = new List<CalibrationDecile>();
        var start = 0;
        for (var decile = 1; decile <= 10; decile++)
        {
            var size = (ascending.Length / 10) + (decile <= ascending.Length % 10 ? 1 : 0);
            var group = ascending.AsSpan(start, size).ToArray();
            deciles.Add(new CalibrationDecile(decile, size, group.Average(index => predicted[index]), group.Count(index => outcomes[index]) / (double)size));
            start += size;
        }

        return deciles;
    }

    private static List<RiskTier> Tiers(int[] ranked, double[] predicted, List<SyntheticPerson> test)
    {
        var bounds = new (string Name, int End)[]
        {
            ("top 1%", TopCount(test.Count, 1m)), ("1% to 2%", TopCount(test.Count, 2m)), ("2% to 5%", TopCount(test.Count, 5m)), ("rest", test.Count),
        };
        var tiers = new List<RiskTier>();
        var start = 0;
        foreach (var (name, end) in bounds)
        {
            var group = ranked[start..end];
            tiers.Add(new RiskTier(name, group.Length, group.Average(index => predicted[index]), group.Count(index => test[index].AdmittedNextYear) / (double)group.Length,
                group.Sum(index => test[index].NextYearAdmissions), group.Sum(index => test[index].NextYearSpend)));
            start = end;
        }

        return tiers;
    }
}
