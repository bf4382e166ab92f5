using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.SharedSavings;

/// <summary>
/// Shared savings in the style of the Medicare Shared Savings Program: one entity settled against a benchmark.
/// Savings are shared only once the savings rate reaches the minimum savings rate, then from the first pound, at
/// the maximum sharing rate × quality score, up to a cap (share of the benchmark); losses (two-sided) at the loss
/// rate up to the loss cap; a withholding (sequestration) may reduce what is paid.
/// </summary>
public sealed record SharedSavingsTerms(
    Id<SharedSavingsTerms> Id,
    string Name,
    Id<Party> Entity,
    Id<Party> Payer,
    Benchmark Benchmark,
    Percentage MinimumSavingsRate,
    Percentage? MinimumLossRate,
    Percentage MaxSharingRate,
    bool QualityAdjusted,
    Percentage? SavingsCap,
    LossSharing? Loss,
    Percentage Withholding,
    YearSelector Years,
    SourceRef? Source = null);
