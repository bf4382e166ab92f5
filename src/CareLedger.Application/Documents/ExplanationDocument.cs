using CareLedger.Application.Explaining;
using CareLedger.Application.Json;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Documents;

/// <summary>
/// A party's statement lines for a period, each with its full explanation: rule, formula, inputs, steps, rounding;
/// marked provisional when the settlement was.
/// </summary>
public sealed record ExplanationDocument(
    Id<Contract> Contract,
    string Period,
    Currency Currency,
    bool Provisional,
    Id<Party> Party,
    string Name,
    ValueList<StatementLine> Lines) : ICurrencyDocument
{
    public static ExplanationDocument Of(PartyExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var settlement = explanation.Settlement;
        return new(settlement.Contract.Id, settlement.Period.Label, settlement.Contract.Currency, settlement.Provisional, explanation.Party.Id, explanation.Party.Name, explanation.Lines);
    }
}
