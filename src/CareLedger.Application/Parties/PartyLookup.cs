using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Parties;

/// <summary>Finds the party a user named, by its id or its name (any case), as every door lets users name one.</summary>
public sealed class PartyLookup
{
    public ServiceResult<Party> Find(Contract contract, string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(nameOrId);
        var party = contract.Parties.FirstOrDefault(candidate =>
            candidate.Id.Value == nameOrId || string.Equals(candidate.Name, nameOrId, StringComparison.OrdinalIgnoreCase));
        if (party is not null)
        {
            return ServiceResult<Party>.Success(party);
        }

        var ids = contract.Parties.Select(candidate => candidate.Id.Value).ToArray();
        var nearest = NameSuggester.Suggest(nameOrId, ids);
        var didYouMean = nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
        return ServiceResult<Party>.Rejected(new RequestProblem("party", $"'{nameOrId}' is not a party of this contract{didYouMean}. Parties: {string.Join(", ", ids)}."));
    }
}
