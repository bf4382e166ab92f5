using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Explaining;

/// <summary>How each amount on a party's statement was derived: rule, formula, inputs with sources, steps, rounding.</summary>
public sealed class ExplanationService
{
    /// <summary>The party's lines in the settlement, only those of <paramref name="element"/> if given.</summary>
    public ServiceResult<PartyExplanation> Explain(PeriodSettlement settlement, Id<Party> party, StatementElement? element = null)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var found = settlement.Contract.Parties.FirstOrDefault(candidate => candidate.Id == party);
        if (found is null)
        {
            return ServiceResult<PartyExplanation>.Rejected(new RequestProblem("party", $"'{party}' is not a party of this contract."));
        }

        var lines = settlement.Statements
            .Where(statement => statement.Party.Id == party)
            .SelectMany(statement => statement.Lines)
            .Where(line => element is null || line.Element == element)
            .ToValueList();
        if (lines.Count == 0)
        {
            var what = element is { } e ? e.ToSpecName() + " " : string.Empty;
            return ServiceResult<PartyExplanation>.Rejected(new RequestProblem("element", $"{found.Name} has no {what}lines in {settlement.Period.Label}."));
        }

        return ServiceResult<PartyExplanation>.Success(new PartyExplanation(settlement, found, element, lines));
    }
}
