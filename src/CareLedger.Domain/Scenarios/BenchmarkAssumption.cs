using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Scenarios;

/// <summary>Expenditure against a shared-savings benchmark each year (money, rounded to the penny), with the quality score reported.</summary>
public sealed record BenchmarkAssumption(Id<SharedSavingsTerms> Terms, ScenarioVariable Expenditure, Percentage? QualityScore, SourceRef? Source = null);
