using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>One payment of the fixed element, in the period (month or quarter) it is paid.</summary>
public sealed record InstalmentDocument(string Period, Money Amount);
