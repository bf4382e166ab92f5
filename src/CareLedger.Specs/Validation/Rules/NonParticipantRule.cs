using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL503: a band share or a cap may only name a participant of the item: shares go only to organisations whose
/// actions affect the result (principle 3). A party that does not exist at all is reported once, as CL101.
/// </summary>
internal sealed class NonParticipantRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var item in context.Contract.RiskReward.Items)
        {
            var participants = item.Participants.Select(share => share.Party).ToHashSet();
            var listed = participants.Count == 0 ? "it has no participants" : "its participants are " + Wording.List(participants.Select(id => Wording.Quoted(id.Value)));
            foreach (var side in ItemSide.Of(item))
            {
                for (var index = 0; index < side.Side.Bands.Count; index++)
                {
                    foreach (var share in ItemSide.OwnShares(item, side.Side.Bands[index]).Where(share => Outside(context, participants, share.Party)))
                    {
                        context.Error(
                            context.Locate(share, "party"),
                            DiagnosticCodes.NotAParticipant,
                            $"{side.Name} band {index + 1} of {Subjects.Item(item)} gives a share to {context.PartyName(share.Party)}, which is not a participant ({listed}); "
                            + "add it to participants or give its share to a participant.");
                    }
                }

                foreach (var cap in side.Side.Caps.Where(cap => Outside(context, participants, cap.Party)))
                {
                    context.Error(
                        context.Locate(cap, "party"),
                        DiagnosticCodes.NotAParticipant,
                        $"the {side.Name} caps of {Subjects.Item(item)} cap {context.PartyName(cap.Party)}, which is not a participant ({listed}); "
                        + "add it to participants or remove the cap.");
                }
            }
        }
    }

    private static bool Outside(ContractValidationContext context, HashSet<Id<Party>> participants, Id<Party> party) =>
        context.IsParty(party) && !participants.Contains(party);
}
