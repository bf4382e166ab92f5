using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Payments;

/// <summary>
/// A fee to a prime for managing the supply chain: a rate of its contract value or a fixed amount, by year.
/// <see cref="FundedBy"/> names who pays an on-top fee when it is not the commissioners (Macmillan paid
/// Staffordshire's management costs for two years).
/// </summary>
public sealed record ManagementFeeTerms(
    Id<Party> Payee,
    YearSchedule<Percentage>? Rate,
    YearSchedule<Money>? Amount,
    FeeBasis Basis,
    Id<Party>? FundedBy,
    SourceRef? Source = null);
