using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>funding</c>. Without it the contract's single commissioner pays everything; with several (or none),
/// the shares are left empty for validation to report, since nobody can guess the split.
/// </summary>
internal static class FundingReader
{
    public static Funding Read(YamlMap root, IReadOnlyList<Party> parties)
    {
        var map = root.Map("funding");
        if (map is null)
        {
            var commissioners = parties.Where(party => party.Commissions).ToArray();
            return !root.Has("funding") && commissioners.Length == 1
                ? new Funding(false, [new FundingShare(commissioners[0].Id, Share.Whole)])
                : new Funding(false, []);
        }

        var pooled = map.ValueOr("pooled", Scalars.YesNo, false);
        var shares = map.Maps("shares", required: true).Select(ReadShare).OfType<FundingShare>().ToArray();
        map.Complete();
        var funding = new Funding(pooled, shares);
        map.Locate(funding);
        return funding;
    }

    private static FundingShare? ReadShare(YamlMap map)
    {
        var party = map.Required("party", Scalars.Id<Party>());
        var share = map.Required("share", Scalars.Proportion) ?? Share.Zero;
        map.Complete();
        if (party is null)
        {
            return null;
        }

        var funding = new FundingShare(party.Value, share, map.Source);
        map.Locate(funding);
        return funding;
    }
}
