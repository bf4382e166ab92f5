using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL204: funding shares total exactly 100%, so that every penny of every year's budget has a funder. Shares are
/// summed as exact fractions: 2/3 and 1/3 make 100%. No shares at all is the same problem at 0%: the reader
/// leaves them empty when nobody can guess the split (no <c>funding</c> and several commissioners, or none).
/// </summary>
internal sealed class FundingSharesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var funding = context.Contract.Funding;
        if (funding.Shares.Count == 0)
        {
            ReportNoShares(context);
            return;
        }

        var total = ShareTotal.Of(funding.Shares.Select(share => share.Share));
        if (total != Domain.Share.Whole)
        {
            var parts = funding.Shares.Select(share => (Wording.Quoted(share.Funder.Value), share.Share));
            context.Error(
                context.Locate(funding, "shares"),
                DiagnosticCodes.SharesNotWhole,
                $"funding shares {ShareTotal.Describe(total, parts)}; {ShareTotal.Fix(total)}.");
        }
    }

    private static void ReportNoShares(ContractValidationContext context)
    {
        var contract = context.Contract;
        var funding = contract.Funding;
        var written = context.Locations.Of(funding).Line > 0;

        // A funding section without its 'shares' key has already been reported as missing a required key (CL003).
        if (written && !context.Locations.Has(funding, "shares"))
        {
            return;
        }

        var commissioners = contract.Parties.Where(party => party.Commissions || party.Has(PartyRole.Funder)).ToArray();
        var message = written
            ? "funding lists no shares, so nobody pays for the budget; give each funder's share, totalling 100%."
            : commissioners.Length == 0
                ? "no party is a commissioner, local authority or funder and there is no funding section, so nobody pays for the budget; "
                    + "add the commissioner to parties, or a funding section naming who pays with shares totalling 100%."
                : $"there is no funding section and {Wording.Number(commissioners.Length)} parties could fund the budget "
                    + $"({Wording.List(commissioners.Select(party => context.PartyName(party.Id)))}), so its split is unknown; "
                    + "add funding with each one's share, totalling 100% (e.g. 2/3 and 1/3).";
        context.Error(context.LocateWithin(funding, contract, "parties", "shares"), DiagnosticCodes.SharesNotWhole, message);
    }
}
