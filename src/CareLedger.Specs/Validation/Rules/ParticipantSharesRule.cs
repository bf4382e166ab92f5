using CareLedger.Domain;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL204: a risk/reward item's participants' influence shares total 100%, and so do the shares of each band that
/// states its own (a band without shares uses the participants').
/// </summary>
internal sealed class ParticipantSharesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var item in context.Contract.RiskReward.Items)
        {
            CheckParticipants(context, item);
            foreach (var side in ItemSide.Of(item))
            {
                for (var index = 0; index < side.Side.Bands.Count; index++)
                {
                    var band = side.Side.Bands[index];
                    var shares = ItemSide.OwnShares(item, band);
                    if (shares.Count == 0)
                    {
                        continue;
                    }

                    var total = ShareTotal.Of(shares.Select(share => share.Share));
                    if (total != Share.Whole)
                    {
                        context.Error(
                            context.Locate(band, "shares"),
                            DiagnosticCodes.SharesNotWhole,
                            $"{side.Name} band {index + 1} of {Subjects.Item(item)}: shares {ShareTotal.Describe(total, Parts(shares))}; "
                            + $"{ShareTotal.Fix(total)}, or leave out shares to use the participants' shares.");
                    }
                }
            }
        }
    }

    private static void CheckParticipants(ContractValidationContext context, RiskRewardItem item)
    {
        if (item.Participants.Count == 0)
        {
            if (item.Included)
            {
                context.Error(
                    context.Locate(item, "participants", "include"),
                    DiagnosticCodes.SharesNotWhole,
                    $"{Subjects.Item(item)} is included in sharing but has no participants, so nobody bears its variance; "
                    + "list the members who can influence it with shares that total 100%.");
            }

            return;
        }

        var total = ShareTotal.Of(item.Participants.Select(share => share.Share));
        if (total != Share.Whole)
        {
            context.Error(
                context.Locate(item, "participants"),
                DiagnosticCodes.SharesNotWhole,
                $"the participants of {Subjects.Item(item)}: shares {ShareTotal.Describe(total, Parts(item.Participants))}; {ShareTotal.Fix(total)}.");
        }
    }

    private static IEnumerable<(string, Share)> Parts(IEnumerable<PartyShare> shares) =>
        shares.Select(share => (Wording.Quoted(share.Party.Value), share.Share));
}
