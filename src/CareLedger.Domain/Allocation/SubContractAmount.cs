using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Allocation;

/// <summary>The part of a prime's contract value that comes from a sub-contractor's baseline cells.</summary>
public sealed record SubContractAmount(Id<Party> SubContractor, Money Amount);
