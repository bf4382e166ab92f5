using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Explaining;

/// <summary>One party's statement lines for a period, each with how it was derived.</summary>
public sealed record PartyExplanation(PeriodSettlement Settlement, Party Party, StatementElement? Element, ValueList<StatementLine> Lines);
