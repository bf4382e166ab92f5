using CareLedger.Domain;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>shared_savings</c>: a year's expenditure against shared-savings terms. What else is required follows
/// from the terms: <paramref name="MemberMonths"/> for a per-member-per-month benchmark, <paramref name="Benchmark"/>
/// when the terms state none (and only then), <paramref name="QualityScore"/> when they are quality-adjusted.
/// </summary>
public sealed record BenchmarkRow(
    string? Year,
    Id<SharedSavingsTerms>? Terms,
    Money? Expenditure,
    decimal? MemberMonths = null,
    Money? Benchmark = null,
    Percentage? QualityScore = null) : ActualsRow;
