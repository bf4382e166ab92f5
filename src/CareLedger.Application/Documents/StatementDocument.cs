using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Documents;

/// <summary>
/// One party's statement: its lines (what it receives, +, and pays, −), its entitlement for the whole period and
/// the total due with this statement (for a year: after deducting what was paid on account). A statement of a
/// provisional settlement is marked provisional itself, so it says so when sent to its party alone.
/// </summary>
public sealed record StatementDocument(Id<Party> Party, string Name, bool Provisional, ValueList<StatementLineDocument> Lines, Money Entitlement, Money Total)
{
    public static StatementDocument Of(PeriodSettlement settlement, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(statement);
        return new(
            statement.Party.Id,
            statement.Party.Name,
            settlement.Provisional,
            statement.Lines.Select(StatementLineDocument.Of).ToValueList(),
            settlement.EntitlementOf(statement.Party.Id),
            statement.Total);
    }
}
