using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// The risk/reward share (<see cref="RiskShareRule"/>) compiled for a simulation. Everything but the measured figure
/// is fixed per year: who bears the variance, the plan (an item's plan, the bearer's fixed element or Σ contract
/// values), band edges in pennies, each band's shares as whole-number weights and each participant's cap. A simulated
/// year then measures the over-spend in pennies (spend − plan, cost − fixed element, or Σ costs − Σ contract values),
/// slices its magnitude by the side's bands, splits each slice by the largest-remainder rule
/// (<see cref="Apportionment"/>'s own), caps each participant and moves the money to or from the bearer — the rule's
/// arithmetic, in whole pennies, without its wording.
/// </summary>
/// <remarks>
/// A year that the rule would not measure (no spend or cost row, no plan, no bearer, a percent-of-plan side on a plan
/// of zero or less) moves nothing here either. <see cref="Compile"/> returns null for what this term does not cover
/// (a plan or cap with fractions of a penny, weights beyond 64 bits), and the rule itself then settles the share.
/// Scenarios carry no suspension decisions, so no item is suspended.
/// </remarks>
internal sealed class RiskShareTerm
{
    private readonly ItemTerm[] _items;
    private readonly int _parties;

    private RiskShareTerm(ItemTerm[] items, int parties)
    {
        _items = items;
        _parties = parties;
    }

    /// <summary>The compiled share of every item that moves money, or null when some item needs the engine's rule.</summary>
    public static RiskShareTerm? Compile(SimulationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var items = new List<ItemTerm>();
        foreach (var item in plan.Contract.RiskReward.Items.Where(item => item.MovesMoney))
        {
            if (ItemTerm.Compile(plan, item) is not { } term)
            {
                return null;
            }

            items.Add(term);
        }

        return new RiskShareTerm([.. items], plan.Parties.Count);
    }

    /// <summary>Moves the year's shares between participants and bearers in <paramref name="totals"/>.</summary>
    public void Settle(int yearIndex, SimulatedYear inputs, YearTotals totals)
    {
        // The plan's terms are shared by every thread, so each party's gross share is kept on the stack.
        Span<long> gross = _parties <= 256 ? stackalloc long[_parties] : new long[_parties];
        foreach (var item in _items)
        {
            if (item.OverSpend(yearIndex, inputs) is not { } overSpend || overSpend == 0)
            {
                continue;
            }

            var side = overSpend < 0 ? item.Gain[yearIndex] : item.Loss[yearIndex];
            if (side is null)
            {
                continue;
            }

            var magnitude = Math.Abs(overSpend);
            side.Share(magnitude, gross);
            foreach (var party in side.Parties)
            {
                var share = gross[party];
                gross[party] = 0;
                if (party == item.Bearer)
                {
                    continue;
                }

                var moves = Math.Min(share, side.Caps[party]);
                if (moves == 0)
                {
                    continue;
                }

                // A loss falls on the bearer, so each other participant pays it its share; a gain is held by the
                // bearer, which pays each other participant its share.
                var (from, to) = overSpend > 0 ? (party, item.Bearer) : (item.Bearer, party);
                totals.Add(to, StatementElement.RiskShare, moves);
                totals.Add(from, StatementElement.RiskShare, -moves);
            }
        }
    }

    /// <summary>One item: how its over-spend is measured, who bears it, and each year's compiled sides (null: that side moves nothing).</summary>
    private sealed class ItemTerm
    {
        private readonly RiskMeasure _measure;
        private readonly int _spend;
        private readonly long?[] _plan;
        private readonly int[] _costParties;

        private ItemTerm(RiskMeasure measure, int bearer, int spend, long?[] plan, int[] costParties, SideTerm?[] gain, SideTerm?[] loss)
        {
            _measure = measure;
            Bearer = bearer;
            _spend = spend;
            _plan = plan;
            _costParties = costParties;
            Gain = gain;
            Loss = loss;
        }

        public int Bearer { get; }

        public SideTerm?[] Gain { get; }

        public SideTerm?[] Loss { get; }

        /// <summary>The year's signed over-spend in pennies (positive: a loss), or null when the rule cannot measure it.</summary>
        public long? OverSpend(int yearIndex, SimulatedYear inputs)
        {
            if (_plan[yearIndex] is not { } plan)
            {
                return null;
            }

            switch (_measure)
            {
                case RiskMeasure.SpendAgainstPlan:
                    return checked(inputs.RiskSpend[_spend] - plan);
                case RiskMeasure.FixedElementSurplus:
                    return checked(inputs.Costs[_costParties[0]] - plan);
                default:
                    long costs = 0;
                    foreach (var party in _costParties)
                    {
                        costs = checked(costs + inputs.Costs[party]);
                    }

                    return checked(costs - plan);
            }
        }

        /// <summary>The item compiled, an item that never moves money in any year, or null when the engine's rule must settle it.</summary>
        public static ItemTerm? Compile(SimulationPlan plan, RiskRewardItem item)
        {
            var contract = plan.Contract;
            var years = plan.Years;
            var withCost = plan.Scenario.Costs.Select(cost => plan.Parties[cost.Party]).ToHashSet();
            var bearerId = BearerOf(item, contract);
            var plans = new long?[years];
            var gain = new SideTerm?[years];
            var loss = new SideTerm?[years];
            var spend = -1;
            var costParties = Array.Empty<int>();
            if (bearerId is null)
            {
                return new ItemTerm(item.Measure, -1, spend, plans, costParties, gain, loss);
            }

            var rows = plan.Scenario.RiskItems.Select((assumption, i) => (assumption, i)).Where(pair => pair.assumption.Item == item.Id).ToArray();
            for (var y = 0; y < years; y++)
            {
                var year = contract.Term.Calendar.Years[y];
                var allocation = plan.Allocations[y];
                Money? planned = null;
                switch (item.Measure)
                {
                    case RiskMeasure.SpendAgainstPlan:
                        // The rule measures only an item with exactly one spend row; a scenario gives one per assumption.
                        if (rows.Length == 1)
                        {
                            spend = rows[0].i;
                            planned = rows[0].assumption.Planned ?? item.Plan?.For(year);
                        }

                        break;
                    case RiskMeasure.FixedElementSurplus:
                        if (allocation.Providers.FirstOrDefault(provider => provider.Payee.Id == bearerId) is { } own && withCost.Contains(plan.Parties[bearerId.Value]))
                        {
                            costParties = [plan.Parties[bearerId.Value]];
                            planned = own.Fixed.Amount;
                        }

                        break;
                    case RiskMeasure.WholeContract:
                        if (allocation.Providers.All(provider => withCost.Contains(plan.Parties[provider.Payee.Id])))
                        {
                            costParties = allocation.Providers.Select(provider => plan.Parties[provider.Payee.Id]).ToArray();
                            planned = allocation.Total(contract.Currency);
                        }

                        break;
                    default:
                        return null;
                }

                if (planned is not { } p)
                {
                    continue;
                }

                // A plan with fractions of a penny makes the rule round the variance: left to the rule.
                if (!p.IsWholeMinorUnits)
                {
                    return null;
                }

                plans[y] = p.ToMinorUnits();
                if (!SideTerm.TryCompile(item.Gain, item, p, bearerId.Value, allocation, plan, out gain[y])
                    || !SideTerm.TryCompile(item.Loss, item, p, bearerId.Value, allocation, plan, out loss[y]))
                {
                    return null;
                }
            }

            return new ItemTerm(item.Measure, plan.Parties[bearerId.Value], spend, plans, costParties, gain, loss);
        }

        /// <summary>Who bears the variance, as <see cref="RiskShareRule"/> resolves it; null when no one (no prime, or several).</summary>
        private static Id<Party>? BearerOf(RiskRewardItem item, Contract contract)
        {
            if (item.FallsOn is { } stated)
            {
                return stated;
            }

            if (item.Measure != RiskMeasure.FixedElementSurplus)
            {
                return contract.Funding.Shares.Count > 0 ? contract.Funding.Shares[0].Funder : contract.Parties.First(party => party.Commissions).Id;
            }

            var primes = item.Participants.Select(participant => participant.Party).Distinct()
                .Where(party => contract.Parties.Any(candidate => candidate.Id == party && candidate.Has(PartyRole.Prime)))
                .ToArray();
            return primes.Length == 1 ? primes[0] : null;
        }
    }

    /// <summary>
    /// One side of an item in one year: band edges in pennies (in the rule's order), each band's parties and
    /// whole-number weights, and each party's cap (<see cref="long.MaxValue"/>: none).
    /// </summary>
    private sealed class SideTerm
    {
        private readonly long[] _from;
        private readonly long?[] _to;
        private readonly int[][] _bandParties;
        private readonly long[][] _weights;
        private readonly int _widest;

        private SideTerm(long[] from, long?[] to, int[][] bandParties, long[][] weights, long[] caps)
        {
            _from = from;
            _to = to;
            _bandParties = bandParties;
            _weights = weights;
            Caps = caps;
            _widest = bandParties.Max(parties => (int?)parties.Length) ?? 0;
            Parties = bandParties.SelectMany(parties => parties).Distinct().ToArray();
        }

        /// <summary>Every party some band shares with.</summary>
        public int[] Parties { get; }

        public long[] Caps { get; }

        /// <summary>
        /// Compiles a side; <paramref name="side"/> is null when it moves nothing this year (switched off, or bands in
        /// percent of a plan of zero or less). False when the engine's rule must settle it.
        /// </summary>
        public static bool TryCompile(SharingSide sharing, RiskRewardItem item, Money plan, Id<Party> bearer, Domain.Allocation.YearAllocation allocation, SimulationPlan simulation, out SideTerm? side)
        {
            side = null;
            var rounding = simulation.Contract.Rounding;
            if (!sharing.Enabled || (sharing.Unit == BandUnit.PercentOfPlan && plan <= Money.Zero(plan.Currency)))
            {
                return true;
            }

            var bands = sharing.Bands.OrderBy(band => band.From).ToArray();
            var from = new long[bands.Length];
            var to = new long?[bands.Length];
            var bandParties = new int[bands.Length][];
            var weights = new long[bands.Length][];
            for (var b = 0; b < bands.Length; b++)
            {
                from[b] = BandSlicer.Edge(bands[b].From, sharing.Unit, plan, rounding).ToMinorUnits();
                to[b] = bands[b].To is { } upper ? BandSlicer.Edge(upper, sharing.Unit, plan, rounding).ToMinorUnits() : null;
                var shares = bands[b].Shares.Count > 0 ? bands[b].Shares : item.Participants;
                if (shares.Count == 0 || shares.All(share => share.Share.IsZero))
                {
                    bandParties[b] = [];
                    weights[b] = [];
                    continue;
                }

                if (PoolSplit.IntegerWeights(shares.Select(share => share.Share).ToArray()) is not { } integer)
                {
                    return false;
                }

                bandParties[b] = shares.Select(share => simulation.Parties[share.Party]).ToArray();
                weights[b] = integer;
            }

            var caps = new long[simulation.Parties.Count];
            Array.Fill(caps, long.MaxValue);
            foreach (var cap in sharing.Caps.Where(cap => cap.Party != bearer))
            {
                Money resolved;
                if (cap.Limit.Bound.Amount is { } amount)
                {
                    // A negative amount cannot be borne: the rule reads it as no share at all.
                    resolved = Money.Max(amount, Money.Zero(amount.Currency));
                }
                else if (allocation.Providers.FirstOrDefault(provider => provider.Payee.Id == cap.Party) is { } capped)
                {
                    resolved = Money.Max(cap.Limit.Resolve(capped.ContractValue, rounding), Money.Zero(plan.Currency));
                }
                else
                {
                    continue;
                }

                if (!resolved.IsWholeMinorUnits)
                {
                    return false;
                }

                var index = simulation.Parties[cap.Party];
                caps[index] = Math.Min(caps[index], resolved.ToMinorUnits());
            }

            side = new SideTerm(from, to, bandParties, weights, caps);
            return true;
        }

        /// <summary>
        /// Adds each party's share of <paramref name="magnitude"/> into <paramref name="gross"/>, as <see cref="BandSlicer"/>
        /// slices it: a band takes max(0, min(magnitude, to) − max(from, what the bands below covered)).
        /// </summary>
        public void Share(long magnitude, Span<long> gross)
        {
            // Compiled sides are shared by every thread, so the parts live on the stack.
            Span<long> scratch = _widest <= 64 ? stackalloc long[_widest] : new long[_widest];
            long covered = 0;
            for (var b = 0; b < _from.Length; b++)
            {
                var lower = Math.Max(_from[b], covered);
                var top = _to[b] is { } end ? Math.Min(magnitude, end) : magnitude;
                var amount = Math.Max(top - lower, 0);
                covered = _to[b] is { } bandEnd ? Math.Max(covered, bandEnd) : Math.Max(lower, magnitude);
                var parties = _bandParties[b];
                if (parties.Length == 0)
                {
                    continue;
                }

                var parts = scratch[..parties.Length];
                Apportionment.SplitUnits(amount, _weights[b], parts);
                for (var i = 0; i < parties.Length; i++)
                {
                    gross[parties[i]] = checked(gross[parties[i]] + parts[i]);
                }
            }
        }
    }
}
