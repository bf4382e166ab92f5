using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Application.Documents;

/// <summary>A management fee paid on top of the budget, and who funds it (null: the commissioners).</summary>
public sealed record OnTopFeeDocument(Id<Party> Payee, Money Amount, Id<Party>? FundedBy, string Formula);
