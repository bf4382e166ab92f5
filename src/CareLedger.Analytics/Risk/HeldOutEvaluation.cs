namespace CareLedger.Analytics.Risk;

/// <summary>
/// The checks of a risk model on people it never saw, shared by the synthetic population and a workspace's own
/// activity: calibration (slope, intercept, deciles), what the top 1%, 2% and 5% by a score capture, and the risk tiers.
/// </summary>
/// <remarks>
/// Calibration slope: the coefficient of logit(predicted) when the held-out outcomes are regressed on it (1 is perfect;
/// below 1 the model is too extreme, above 1 too timid); it is NaN when every prediction is the same, since there is
/// then nothing to regress on, or when the predictions separate the outcomes perfectly, since it is then infinite. Capture: people are ranked by a score, highest first, ties in list order, and the top
/// ⌈n × X%⌉ taken. Spend shares are exact decimals; AUROC and rates are statistics.
/// </remarks>
public static class HeldOutEvaluation
{
    public static IReadOnlyList<decimal> CapturePercents { get; } = [1m, 2m, 5m];

    /// <summary>
    /// Checks <paramref name="model"/>'s predictions for the held-out people against what followed, with the two
    /// baselines and any further scores (such as the true risk) ranked for capture after them.
    /// </summary>
    public static HeldOutCheck Check(
        LogisticRegression model, IReadOnlyList<string> featureNames, int trained, double[] predicted, HeldOutOutcomes outcomes,
        double[] ages, double[] priorAdmissions, string priorName, params (string Name, double[] Scores)[] further)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(outcomes);
        var admitted = outcomes.Admitted;
        var (slope, intercept) = Calibration(predicted, admitted);
        var ranked = Ranked(predicted);
        return new HeldOutCheck(
            trained, predicted.Length, admitted.Count(yes => yes) / (double)predicted.Length, [.. featureNames.Zip(model.Coefficients)], model.Steps,
            Auroc.Of(predicted, admitted), Auroc.Of(ages, admitted), Auroc.Of(priorAdmissions, admitted), slope, intercept,
            Deciles(ranked, predicted, admitted),
            Captures([("model", predicted), ("age alone", ages), (priorName, priorAdmissions), .. further], outcomes),
            Tiers(ranked, predicted, outcomes));
    }

    /// <summary>Positions in the held-out list, highest score first, ties in list order (a stable sort).</summary>
    public static int[] Ranked(double[] scores) => [.. Enumerable.Range(0, scores.Length).OrderByDescending(index => scores[index])];

    public static (double Slope, double Intercept) Calibration(double[] predicted, bool[] admitted)
    {
        // Predictions of exactly 0 or 1 (possible only in floating-point extremes) would have an infinite logit.
        var logits = predicted.Select(p => LogisticRegression.Logit(Math.Clamp(p, 1e-12, 1 - 1e-12))).ToArray();
        if (logits.Length == 0 || logits.All(logit => logit == logits[0]))
        {
            return (double.NaN, double.NaN);
        }

        try
        {
            var fit = LogisticRegression.Fit([.. logits.Select(logit => new[] { 1.0, logit })], admitted, penalty: 0);
            return double.IsFinite(fit.Coefficients[1]) ? (fit.Coefficients[1], fit.Coefficients[0]) : (double.NaN, double.NaN);
        }
        catch (InvalidOperationException)
        {
            // Held-out people the predictions separate perfectly (everyone admitted above everyone not) have no finite
            // slope: the unpenalised fit runs off until its Hessian is no longer positive definite.
            return (double.NaN, double.NaN);
        }
    }

    public static IReadOnlyList<Capture> Captures(IEnumerable<(string Name, double[] Scores)> scores, HeldOutOutcomes outcomes)
    {
        var ranked = scores.Select(score => (score.Name, Ranked: Ranked(score.Scores))).ToList();
        return [.. CapturePercents.SelectMany(percent => ranked.Select(score => CaptureOf(score.Name, percent, score.Ranked, outcomes)))];
    }

    /// <summary>Ten groups of equal size (the first groups one larger when the count does not divide), lowest risk first.</summary>
    public static IReadOnlyList<CalibrationDecile> Deciles(int[] ranked, double[] predicted, bool[] admitted)
    {
        var ascending = ranked.Reverse().ToArray();
        var deciles = new List<CalibrationDecile>();
        var start = 0;
        for (var decile = 1; decile <= 10; decile++)
        {
            var size = (ascending.Length / 10) + (decile <= ascending.Length % 10 ? 1 : 0);
            var group = ascending.AsSpan(start, size).ToArray();
            deciles.Add(size == 0
                ? new CalibrationDecile(decile, 0, double.NaN, double.NaN)
                : new CalibrationDecile(decile, size, group.Average(index => predicted[index]), group.Count(index => admitted[index]) / (double)size));
            start += size;
        }

        return deciles;
    }

    /// <summary>The tiers of the held-out people by predicted risk, with what each went on to have (an empty tier has NaN rates).</summary>
    public static IReadOnlyList<RiskTier> Tiers(int[] ranked, double[] predicted, HeldOutOutcomes outcomes)
    {
        var tiers = new List<RiskTier>();
        var start = 0;
        foreach (var (name, _, end) in RiskTierBands.For(ranked.Length))
        {
            var group = ranked[start..end];
            tiers.Add(new RiskTier(name, group.Length, group.Length == 0 ? double.NaN : group.Average(index => predicted[index]),
                group.Length == 0 ? double.NaN : group.Count(index => outcomes.Admitted[index]) / (double)group.Length,
                group.Sum(index => outcomes.Admissions[index]), group.Sum(index => outcomes.Spend[index])));
            start = end;
        }

        return tiers;
    }

    private static Capture CaptureOf(string score, decimal percent, int[] ranked, HeldOutOutcomes outcomes)
    {
        var top = ranked.Take(RiskTierBands.TopCount(ranked.Length, percent)).ToArray();
        var admissions = outcomes.Admissions.Sum();
        var spend = outcomes.Spend.Sum();
        var topSpend = top.Sum(index => outcomes.Spend[index]);
        return new Capture(score, percent, top.Length, admissions == 0 ? 0 : top.Sum(index => outcomes.Admissions[index]) / (double)admissions,
            spend == 0m ? 0m : topSpend / spend, topSpend);
    }
}
