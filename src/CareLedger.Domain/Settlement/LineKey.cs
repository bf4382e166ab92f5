using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Settlement;

/// <summary>Money on a statement grouped as the true-up needs it: whose statement, with whom, for what.</summary>
internal readonly record struct LineKey(Id<Party> Party, Id<Party> Counterparty, StatementElement Element);
