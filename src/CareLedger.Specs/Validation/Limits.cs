namespace CareLedger.Specs.Validation;

/// <summary>
/// The largest values a contract or actuals may hold (docs/contract-spec.md, "Limits"; docs/actuals-spec.md). Each is
/// far beyond any contract of this kind, so a value past one is a slip (a suffix, extra zeros, a misplaced point);
/// together they keep every figure CareLedger computes from them within exact arithmetic. The budget itself is held
/// within <see cref="Domain.Budgets.BudgetEngine.LargestBudget"/>.
/// </summary>
public static class Limits
{
    /// <summary>Any amount, in the contract's currency units, either way: 100bn (the largest seed contract is £1.2bn over ten years).</summary>
    public const decimal Amount = 100_000_000_000m;

    /// <summary>A yearly change to the budget or the population (inflation, growth, efficiency): at most 100% a year either way.</summary>
    public const decimal YearlyChangePercent = 100m;

    /// <summary>A rate with no natural upper end (a price multiplier, a cap as a rate of a base, a corridor edge): at most 1,000%.</summary>
    public const decimal RatePercent = 1_000m;

    /// <summary>People in a population, band or cohort: 100 million (more than the United Kingdom).</summary>
    public const decimal People = 100_000_000m;

    /// <summary>Units of activity, or member-months, in one row of actuals: one billion.</summary>
    public const decimal Units = 1_000_000_000m;

    /// <summary>A metric's baseline, target or measured value, either way: one trillion.</summary>
    public const decimal Measure = 1_000_000_000_000m;

    /// <summary>The length of a term: 30 years (the seed contracts run three to ten).</summary>
    public const int TermYears = 30;
}
