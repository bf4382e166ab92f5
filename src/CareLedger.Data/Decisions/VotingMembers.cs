using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>
/// Who votes on a motion. The gateway and inclusions are for the full members (an alliance's voting members); a
/// contract that marks no memberships — a prime contract, say — gives the vote to every party except sub-contractors
/// and funders. A suspension decided by the commissioners is voted on by the commissioning parties.
/// </summary>
public static class VotingMembers
{
    public static IReadOnlyList<string> For(Contract contract, MotionKind kind, SuspensionDecision rule)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (kind == MotionKind.Suspension && rule == SuspensionDecision.Commissioners)
        {
            return [.. contract.Parties.Where(party => party.Commissions).Select(party => party.Id.Value)];
        }

        var full = contract.Parties.Where(party => party.Membership == Membership.Full).ToArray();
        var voters = full.Length > 0
            ? full
            : [.. contract.Parties.Where(party => !party.Has(PartyRole.SubContractor) && !party.Has(PartyRole.Funder))];
        return [.. voters.Select(party => party.Id.Value)];
    }
}
