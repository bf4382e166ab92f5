using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL010: a party appears at most once in a list of shares, participants, caps or overrides; a second entry
/// would count its share twice or leave it unclear which one applies.
/// </summary>
internal sealed class RepeatedPartiesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var contract = context.Contract;
        Report(context, contract.Funding.Shares, share => share.Funder, "the funding shares", "give each funder one share");
        Report(context, contract.Payment.Overrides, entry => entry.Provider, "the payment overrides", "put all of its element shares in one override");
        foreach (var item in contract.RiskReward.Items)
        {
            var name = Subjects.Item(item);
            Report(context, item.Participants, share => share.Party, $"the participants of {name}", "give each participant one share");
            foreach (var side in References.ItemSide.Of(item))
            {
                foreach (var band in side.Side.Bands)
                {
                    Report(context, References.ItemSide.OwnShares(item, band), share => share.Party, $"a {side.Name} band of {name}", "give each party one share in the band");
                }

                Report(context, side.Side.Caps, cap => cap.Party, $"the {side.Name} caps of {name}", "give each party one cap");
            }
        }
    }

    private static void Report<T>(ContractValidationContext context, IEnumerable<T> entries, Func<T, Id<Party>> party, string list, string fix)
        where T : notnull
    {
        var seen = new HashSet<Id<Party>>();
        foreach (var entry in entries)
        {
            if (!seen.Add(party(entry)))
            {
                context.Error(
                    context.Locate(entry, "party", "provider"),
                    DiagnosticCodes.Duplicate,
                    $"{context.PartyName(party(entry))} is listed more than once in {list}; {fix}.");
            }
        }
    }
}
