using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// The other funders' contributions to a pooled budget's host for what it paid out, per element, by funding share and
/// the largest-remainder rule: the same split as <see cref="SettlementContext"/> makes when a settlement finishes.
/// </summary>
internal static class PoolContributions
{
    /// <summary>
    /// Calls <paramref name="contribute"/> with (funder, host, element, minor units) for every non-zero part of what the
    /// host paid out, <paramref name="outflow"/> being indexed by element.
    /// </summary>
    public static void Apportion(Contract contract, long[] outflow, Action<int, int, StatementElement, long> contribute, Func<Id<Parties.Party>, int> indexOf)
    {
        var shares = contract.Funding.Shares;
        if (shares.Count < 2 || !contract.Funding.Pooled)
        {
            return;
        }

        var weights = shares.Select(share => share.Share).ToArray();
        var host = indexOf(shares[0].Funder);
        for (var e = 0; e < outflow.Length; e++)
        {
            var (element, units) = ((StatementElement)e, outflow[e]);
            if (units == 0)
            {
                continue;
            }

            var parts = Apportionment.ByShares(Money.FromMinorUnits(units, contract.Currency), weights);
            for (var i = 1; i < shares.Count; i++)
            {
                var part = parts[i].ToMinorUnits();
                if (part != 0)
                {
                    contribute(indexOf(shares[i].Funder), host, element, part);
                }
            }
        }
    }
}
