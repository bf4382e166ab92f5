using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>provider_costs</c>: what it cost a party paid directly under the contract (a prime, not a
/// sub-contractor) to deliver it in a year. Not negative.
/// </summary>
public sealed record ProviderCostRow(string? Year, Id<Party>? Party, Money? ActualCost) : ActualsRow;
