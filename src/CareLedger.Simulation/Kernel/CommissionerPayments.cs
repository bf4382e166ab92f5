using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// "The commissioners pay a party", as <see cref="SettlementContext.PayFromCommissioners(Domain.Id{Domain.Parties.Party}, StatementElement, Money, Func{string}, Func{Domain.Explaining.Explanation})"/>
/// records it, on flat totals: with one funder or pooled funding the host pays and the pool's outflow grows (the other
/// funders' contributions are apportioned once at the year's end); when funders pay directly, each pays its share of
/// the payment, split by the largest-remainder rule.
/// </summary>
internal sealed class CommissionerPayments
{
    private readonly int _host;
    private readonly int[] _funders;
    private readonly Share[]? _direct;
    private readonly Currency _currency;

    public CommissionerPayments(Contract contract, PartyIndex parties)
    {
        var shares = contract.Funding.Shares.Count > 0
            ? contract.Funding.Shares
            : [new FundingShare(contract.Parties.First(party => party.Commissions).Id, Share.Whole)];
        _funders = shares.Select(share => parties[share.Funder]).ToArray();
        _host = _funders[0];
        _direct = shares.Count > 1 && !contract.Funding.Pooled ? shares.Select(share => share.Share).ToArray() : null;
        _currency = contract.Currency;
    }

    /// <summary>Records a payment of <paramref name="units"/> minor units to <paramref name="payee"/> (negative: the payee repays).</summary>
    public void Pay(int payee, StatementElement element, long units, YearTotals totals, long[] outflow)
    {
        if (units == 0)
        {
            return;
        }

        if (_direct is null)
        {
            totals.Add(_host, element, -units);
            totals.Add(payee, element, units);
            outflow[(int)element] = checked(outflow[(int)element] + units);
            return;
        }

        var parts = Apportionment.ByShares(Money.FromMinorUnits(units, _currency), _direct);
        for (var i = 0; i < _funders.Length; i++)
        {
            var part = parts[i].ToMinorUnits();
            totals.Add(_funders[i], element, -part);
            totals.Add(payee, element, part);
        }
    }
}
