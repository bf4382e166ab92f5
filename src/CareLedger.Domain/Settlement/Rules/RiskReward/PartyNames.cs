using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>Party names for statement wording; an id the contract does not know is shown as the id itself.</summary>
internal static class PartyNames
{
    public static string NameOf(this Contract contract, Id<Party> party) =>
        contract.Parties.FirstOrDefault(candidate => candidate.Id == party)?.Name ?? party.Value;
}
