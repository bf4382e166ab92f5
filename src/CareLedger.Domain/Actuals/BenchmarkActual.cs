using CareLedger.Domain.Periods;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// A year's expenditure against a shared-savings benchmark: the member-months (for a per-member-per-month
/// benchmark), the benchmark itself where the actuals carry it, and the quality score.
/// </summary>
public sealed record BenchmarkActual(
    ContractYear Year,
    Id<SharedSavingsTerms> Terms,
    Money Expenditure,
    decimal? MemberMonths,
    Money? Benchmark,
    Percentage? QualityScore,
    SourceRef? Source = null);
