using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Payments;

/// <summary>Element shares for one provider that differ from the contract-wide terms; null keeps the contract-wide value.</summary>
public sealed record ProviderPaymentOverride(
    Id<Party> Provider,
    Percentage? FixedShare,
    YearSchedule<Percentage>? VariableShare,
    YearSchedule<Percentage>? OutcomeShare,
    SourceRef? Source = null);
