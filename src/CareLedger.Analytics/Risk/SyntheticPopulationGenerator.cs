namespace CareLedger.Analytics.Risk;

/// <summary>
/// Makes a synthetic linked population with a known risk structure, since real linked patient data cannot be shipped.
/// Seeded: the same seed and size give the same people, on any machine and any number of threads (one generator, drawn
/// in person order).
/// </summary>
/// <remarks>
/// <para>The structure (documented in docs/population.md). Each person has an age (0–99, fewer of them at older ages),
/// a sex, a practice (one of <see cref="Practices"/>, each with a need effect drawn once, N(0, 0.15²)) and a frailty
/// the model never sees, N(0, 0.35²). Long-term conditions ~ Poisson(exp(−3 + 0.04 × age)), at most 8. The yearly
/// emergency admission rate is λ = exp(η) with
/// η = −4.6 + 0.028 × age − 0.10 × female + 0.42 × conditions + practice + frailty.
/// Last year's admissions ~ Poisson(λ). Next year's rate adds what last year's admissions say about the person
/// (0.30 per admission, at most 3): λ₂ = exp(η + 0.30 × min(prior, 3)); next year's admissions ~ Poisson(λ₂), so the
/// true chance of at least one is 1 − exp(−λ₂). Each admission costs £2,000 + £25 × age, exactly.</para>
/// <para>So age, conditions, practice and last year's admissions all carry signal, and the frailty keeps any model
/// (the true risk included) short of perfect: the true risk's AUROC is the ceiling a fitted model is measured against.</para>
/// </remarks>
public sealed class SyntheticPopulationGenerator
{
    public const int Practices = 60;

    private const double Intercept = -4.6, PerYearOfAge = 0.028, Female = -0.10, PerCondition = 0.42, PerPriorAdmission = 0.30,
        PracticeSpread = 0.15, FrailtySpread = 0.35;

    public SyntheticPopulation Generate(int people, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(people);
        var random = new Random(seed);
        var practiceEffects = Enumerable.Range(0, Practices).Select(_ => PracticeSpread * Normal(random)).ToArray();
        var generated = new SyntheticPerson[people];
        for (var id = 0; id < people; id++)
        {
            var age = Age(random);
            var female = random.Next(2) == 1;
            var conditions = Math.Min(8, Poisson(random, Math.Exp(-3.0 + (0.04 * age))));
            var practice = random.Next(Practices);
            var eta = Intercept + (PerYearOfAge * age) + (female ? Female : 0) + (PerCondition * conditions) + practiceEffects[practice] + (FrailtySpread * Normal(random));
            var prior = Poisson(random, Math.Exp(eta));
            var nextRate = Math.Exp(eta + (PerPriorAdmission * Math.Min(prior, 3)));
            var next = Poisson(random, nextRate);
            generated[id] = new SyntheticPerson(id, age, female, conditions, practice, prior, next, next * AdmissionCost(age), 1.0 - Math.Exp(-nextRate));
        }

        return new SyntheticPopulation(seed, Practices, generated);
    }

    /// <summary>The cost of one emergency admission at this age, in pounds: £2,000 + £25 a year of age.</summary>
    public static decimal AdmissionCost(int age) => 2_000m + (25m * age);

    /// <summary>An age from 0 to 99, flat to 60 and thinning after, roughly as a registered list does.</summary>
    private static int Age(Random random)
    {
        while (true)
        {
            var age = random.Next(100);
            if (age <= 60 || random.NextDouble() < 1.0 - ((age - 60) / 42.0))
            {
                return age;
            }
        }
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A Poisson draw by Knuth's multiplication method, fine for the small means here (below 30).</summary>
    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-Math.Min(mean, 30.0));
        var count = -1;
        var product = 1.0;
        do
        {
            count++;
            product *= random.NextDouble();
        }
        while (product > limit);
        return count;
    }
}
