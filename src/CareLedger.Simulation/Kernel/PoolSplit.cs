using System.Numerics;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// The other funders' contributions to a pooled budget's host for what it paid out in a year, per element (the
/// engine's <c>PoolContributions</c>), with the funding shares turned into whole-number weights once: each element's
/// outflow is split by the largest-remainder rule with <see cref="Apportionment"/>'s own split, and nothing is
/// allocated per year. Contracts whose weights do not fit 64 bits use the engine's apportionment.
/// </summary>
internal sealed class PoolSplit
{
    private readonly Contract _contract;
    private readonly PartyIndex _parties;
    private readonly int _host;
    private readonly int[] _funders;
    private readonly long[]? _weights;

    public PoolSplit(Contract contract, PartyIndex parties)
    {
        _contract = contract;
        _parties = parties;
        var shares = contract.Funding.Shares;
        Active = shares.Count >= 2 && contract.Funding.Pooled;
        _funders = shares.Select(share => parties[share.Funder]).ToArray();
        _host = _funders.Length > 0 ? _funders[0] : -1;
        _weights = Active ? IntegerWeights(shares.Select(share => share.Share).ToArray()) : null;
    }

    /// <summary>True when the contract pools its funding among two or more funders.</summary>
    public bool Active { get; }

    /// <summary>Moves each other funder's part of every element's outflow from it to the host.</summary>
    public void Apportion(long[] outflow, YearTotals totals)
    {
        if (!Active)
        {
            return;
        }

        if (_weights is null)
        {
            PoolContributions.Apportion(_contract, outflow, (funder, host, element, units) =>
            {
                totals.Add(funder, element, -units);
                totals.Add(host, element, units);
            }, party => _parties[party]);
            return;
        }

        Span<long> parts = _weights.Length <= 16 ? stackalloc long[_weights.Length] : new long[_weights.Length];
        for (var e = 0; e < outflow.Length; e++)
        {
            if (outflow[e] == 0)
            {
                continue;
            }

            Apportionment.SplitUnits(outflow[e], _weights, parts);
            for (var i = 1; i < _funders.Length; i++)
            {
                if (parts[i] != 0)
                {
                    totals.Add(_funders[i], (StatementElement)e, -parts[i]);
                    totals.Add(_host, (StatementElement)e, parts[i]);
                }
            }
        }
    }

    /// <summary>The shares over their common denominator as whole numbers, as <see cref="Apportionment.ByShares"/> makes them; null beyond 64 bits.</summary>
    internal static long[]? IntegerWeights(Share[] shares)
    {
        var common = BigInteger.One;
        foreach (var share in shares.Where(share => !share.Denominator.IsOne))
        {
            common = common / BigInteger.GreatestCommonDivisor(common, share.Denominator) * share.Denominator;
        }

        var weights = new long[shares.Length];
        BigInteger sum = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            var weight = common.IsOne ? shares[i].Numerator : shares[i].Numerator * (common / shares[i].Denominator);
            if (weight > long.MaxValue || weight < 0)
            {
                return null;
            }

            weights[i] = (long)weight;
            sum += weight;
        }

        return sum > long.MaxValue || sum.IsZero ? null : weights;
    }
}
