using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.SharedSavings;

/// <summary>A risk corridor: the entity's gains or losses against a target, shared with the payer band by band.</summary>
/// <param name="Target">The target cost by year; null means the entity's contract value for the year.</param>
public sealed record RiskCorridorTerms(
    Id<RiskCorridorTerms> Id,
    string Name,
    Id<Party> Entity,
    Id<Party> Payer,
    YearSchedule<Money>? Target,
    IReadOnlyList<CorridorBand> Bands,
    YearSelector Years,
    SourceRef? Source = null);
