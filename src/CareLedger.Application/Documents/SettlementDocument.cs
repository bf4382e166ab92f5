using CareLedger.Application.Json;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Documents;

/// <summary>
/// A settled period as plain data, in the JSON form documented in docs/json.md: a statement per party, what the
/// commissioners pay out, the reconciliation checks and the notes. A provisional settlement says so, and lists what
/// the actuals were missing for the period.
/// </summary>
public sealed record SettlementDocument(
    Id<Contract> Contract,
    string Period,
    Currency Currency,
    bool Provisional,
    ValueList<MissingActualDocument> Missing,
    ValueList<StatementDocument> Statements,
    Money CommissionerOutflow,
    Money CommissionerOutflowForPeriod,
    bool AllChecksPassed,
    ValueList<ReconciliationCheck> Checks,
    ValueList<SettlementNote> Notes) : ICurrencyDocument
{
    /// <summary>The settlement's statements, all or only <paramref name="onlyParty"/>'s.</summary>
    public static SettlementDocument Of(PeriodSettlement settlement, Id<Domain.Parties.Party>? onlyParty = null)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return new(
            settlement.Contract.Id,
            settlement.Period.Label,
            settlement.Contract.Currency,
            settlement.Provisional,
            settlement.Missing.Select(MissingActualDocument.Of).ToValueList(),
            settlement.Statements
                .Where(statement => onlyParty is null || statement.Party.Id == onlyParty)
                .Select(statement => StatementDocument.Of(settlement, statement))
                .ToValueList(),
            settlement.CommissionerOutflow,
            settlement.CommissionerOutflowForPeriod,
            settlement.AllChecksPassed,
            settlement.Checks.ToValueList(),
            settlement.Notes.ToValueList());
    }
}
