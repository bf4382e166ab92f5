namespace CareLedger.Analytics.Risk;

/// <summary>
/// One person of the synthetic linked population: what a model may see (age, sex, long-term conditions, practice,
/// last year's emergency admissions) and what it must predict (next year's emergency admissions and their cost),
/// with the generator's true probability of at least one admission next year, which no model can beat.
/// </summary>
/// <param name="NextYearSpend">Next year's emergency admissions × the cost of one at the person's age, exact in pounds.</param>
public readonly record struct SyntheticPerson(
    int Id,
    int Age,
    bool Female,
    int Conditions,
    int Practice,
    int PriorAdmissions,
    int NextYearAdmissions,
    decimal NextYearSpend,
    double TrueRisk)
{
    public bool AdmittedNextYear => NextYearAdmissions > 0;
}
