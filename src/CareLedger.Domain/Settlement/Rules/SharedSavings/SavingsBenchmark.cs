using CareLedger.Domain.Actuals;
using CareLedger.Domain.Periods;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Settlement.Rules.SharedSavings;

/// <summary>The benchmark a year's expenditure is measured against, how it was found and where it came from.</summary>
/// <param name="Derivation">In words, e.g. "£500.00 per member per month × 125,000 member-months".</param>
internal sealed record SavingsBenchmark(Money Amount, string Derivation, SourceRef? Source)
{
    /// <summary>
    /// The benchmark, in order of precedence: the terms' rate per member per month × the member-months in the
    /// actual; else the terms' amount for the year; else the benchmark the actual carries. A contract that states
    /// a per-member-per-month rate is settled on it or not at all: without member-months the result is a problem,
    /// not a silent fall-back to another basis. The benchmark is exact (no rounding) and must be positive, since
    /// the savings rate divides by it.
    /// </summary>
    /// <returns>The benchmark, or a problem in words for the settlement notes.</returns>
    public static (SavingsBenchmark? Benchmark, string? Problem) Resolve(SharedSavingsTerms terms, BenchmarkActual actual, ContractYear year)
    {
        SavingsBenchmark? benchmark;
        if (terms.Benchmark.PerMemberPerMonth is { } perMemberPerMonth)
        {
            if (actual.MemberMonths is not { } memberMonths)
            {
                return (null, $"Shared savings '{terms.Id}' {year}: the benchmark is {perMemberPerMonth} per member per month but the actuals give no member-months; nothing settled.");
            }

            benchmark = new SavingsBenchmark(
                perMemberPerMonth * memberMonths,
                $"{perMemberPerMonth} per member per month × {memberMonths:#,0.##} member-months",
                terms.Source);
        }
        else if (terms.Benchmark.Amount is { } schedule)
        {
            benchmark = new SavingsBenchmark(schedule.For(year), $"stated for {year}", terms.Source);
        }
        else if (actual.Benchmark is { } reported)
        {
            benchmark = new SavingsBenchmark(reported, "as reported in the actuals", actual.Source);
        }
        else
        {
            return (null, $"Shared savings '{terms.Id}' {year}: no benchmark (give per_member_per_month or amount in the terms, or benchmark in the actuals); nothing settled.");
        }

        return benchmark.Amount.Amount > 0m
            ? (benchmark, null)
            : (null, $"Shared savings '{terms.Id}' {year}: the benchmark {benchmark.Amount} ({benchmark.Derivation}) is not positive, so no savings rate can be computed; nothing settled.");
    }
}
