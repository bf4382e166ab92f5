namespace CareLedger.Analytics.Risk;

/// <summary>
/// What the model sees of a person: age (and its square, since need climbs faster in old age), sex, long-term
/// conditions, last year's emergency admissions (the count, at most 5, and whether there were any), and the log of the
/// person's practice's admissions per head last year. Nothing from next year and not the generator's frailty.
/// </summary>
public static class RiskFeatures
{
    public static IReadOnlyList<string> Names { get; } =
        ["intercept", "age / 10", "(age / 10)²", "female", "conditions", "prior admissions (≤ 5)", "any prior admission", "log practice admissions per head"];

    /// <summary>Each practice's last-year admissions per head over the whole population (observed data, so fair to use).</summary>
    public static double[] PracticeRates(IReadOnlyList<SyntheticPerson> people, int practices)
    {
        var admissions = new double[practices];
        var heads = new double[practices];
        foreach (var person in people)
        {
            admissions[person.Practice] += person.PriorAdmissions;
            heads[person.Practice]++;
        }

        // Half an admission added to each, so an empty practice still has a rate whose log is finite.
        return [.. admissions.Select((count, practice) => (count + 0.5) / (heads[practice] + 1.0))];
    }

    public static double[] For(SyntheticPerson person, double[] practiceRates)
    {
        var decades = person.Age / 10.0;
        return
        [
            1.0, decades, decades * decades, person.Female ? 1.0 : 0.0, person.Conditions, Math.Min(person.PriorAdmissions, 5),
            person.PriorAdmissions > 0 ? 1.0 : 0.0, Math.Log(practiceRates[person.Practice]),
        ];
    }
}
