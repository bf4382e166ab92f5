using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// What one party comes to in an item's sharing: its share from the bands, the cap that limits it, what moves to or
/// from the party that bears the variance, and what the cap leaves with that party.
/// </summary>
/// <param name="Gross">Σ of the party's parts of every band slice, before any cap.</param>
/// <param name="Cap">The cap that applied, if any; never set for the party that bears the variance.</param>
/// <param name="Moves">The money that changes hands: min(gross, cap); zero for the party that bears the variance,
/// whose own share is simply kept (or borne) where it fell.</param>
/// <param name="Excess">Gross − moves for a capped party: it stays with the party that bears the variance.</param>
internal sealed record ParticipantShare(Id<Party> Party, bool BearsVariance, Money Gross, ResolvedCap? Cap, Money Moves, Money Excess)
{
    public bool IsCapped => !Excess.IsZero;
}
