using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.SharedSavings;

/// <summary>
/// The expected expenditure that savings are measured against: a rate per member per month (multiplied by the
/// member-months in the actuals), or an amount by year. Null both ways means the actuals supply it.
/// </summary>
public sealed record Benchmark(Money? PerMemberPerMonth, YearSchedule<Money>? Amount);
