using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Allocation;

/// <summary>A management fee paid on top of the budget, and who funds it (null: the commissioners).</summary>
public sealed record OnTopFee(Id<Party> Payee, ElementAmount Fee, Id<Party>? FundedBy);
