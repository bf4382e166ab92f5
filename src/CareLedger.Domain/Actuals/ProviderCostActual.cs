using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Actuals;

/// <summary>What it cost a prime to deliver its fixed element in a year: the basis of a fixed-element surplus.</summary>
public sealed record ProviderCostActual(ContractYear Year, Id<Party> Party, Money ActualCost, SourceRef? Source = null);
