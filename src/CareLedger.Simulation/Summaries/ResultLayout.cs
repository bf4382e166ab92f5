using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Summaries;

/// <summary>
/// Which figures a simulation keeps for each run, numbered once per plan: per party and year (and over the term, as
/// year index <see cref="SimulationPlan.Years"/>) its income, and where the scenario gives it a cost, its surplus; per
/// party with an outcome pot, what the outcome paid. And which events it counts: a deficit, an outcome earned in full,
/// shared savings paid (the minimum savings rate cleared), a corridor moving money, a volume cap or collar binding.
/// Paid by activity (<see cref="PaymentBasis.ActivityTariff"/>), none of the contract's mechanisms runs, so only income,
/// surplus and deficits are kept.
/// </summary>
internal sealed class ResultLayout
{
    private readonly Dictionary<(Figure, int, int), int> _series = [];
    private readonly Dictionary<(Event, int, int), int> _events = [];

    // Where each party-year's figures and events go, by party × (years + 1) + year (−1: not kept): read by position
    // for every simulated year instead of looked up by key.
    private readonly Slot[] _slots;

    public ResultLayout(SimulationPlan plan, PaymentBasis basis = PaymentBasis.Contract)
    {
        Plan = plan;
        Basis = basis;
        var mechanisms = basis == PaymentBasis.Contract;
        var withCost = plan.Scenario.Costs.Select(cost => plan.Parties[cost.Party]).ToHashSet();
        var years = plan.Years;
        var bounded = plan.Terms.VolumeBounded;
        for (var p = 0; p < plan.Parties.Count; p++)
        {
            var hasPot = mechanisms && plan.OutcomePots.Any(pots => pots[p] != 0);
            var entity = mechanisms && plan.Contract.SharedSavings.Any(terms => plan.Parties[terms.Entity] == p);
            var corridor = mechanisms && plan.Contract.Corridors.Any(terms => plan.Parties[terms.Entity] == p);
            var volumeBounded = mechanisms && bounded.Contains(p);
            for (var y = 0; y <= years; y++)
            {
                _series[(Figure.Income, p, y)] = _series.Count;
                if (withCost.Contains(p))
                {
                    _series[(Figure.Surplus, p, y)] = _series.Count;
                    _events[(Event.Deficit, p, y)] = _events.Count;
                }

                if (hasPot)
                {
                    _series[(Figure.OutcomePaid, p, y)] = _series.Count;
                    if (y < years && plan.OutcomePots[y][p] != 0)
                    {
                        _events[(Event.OutcomeEarned, p, y)] = _events.Count;
                    }
                }

                if (y < years && entity)
                {
                    _events[(Event.SavingsShared, p, y)] = _events.Count;
                }

                if (y < years && corridor)
                {
                    _events[(Event.CorridorMoved, p, y)] = _events.Count;
                }

                if (y < years && volumeBounded)
                {
                    _events[(Event.VolumeHeld, p, y)] = _events.Count;
                }
            }
        }

        _slots = new Slot[plan.Parties.Count * (years + 1)];
        for (var p = 0; p < plan.Parties.Count; p++)
        {
            for (var y = 0; y <= years; y++)
            {
                _slots[(p * (years + 1)) + y] = new Slot(
                    Series(Figure.Income, p, y)!.Value,
                    Series(Figure.Surplus, p, y) ?? -1,
                    Series(Figure.OutcomePaid, p, y) ?? -1,
                    EventIndex(Event.Deficit, p, y) ?? -1,
                    EventIndex(Event.OutcomeEarned, p, y) ?? -1,
                    EventIndex(Event.SavingsShared, p, y) ?? -1,
                    EventIndex(Event.CorridorMoved, p, y) ?? -1,
                    EventIndex(Event.VolumeHeld, p, y) ?? -1);
            }
        }
    }

    public enum Figure
    {
        Income,
        Surplus,
        OutcomePaid,
    }

    public enum Event
    {
        Deficit,
        OutcomeEarned,
        SavingsShared,
        CorridorMoved,
        VolumeHeld,
    }

    public SimulationPlan Plan { get; }

    public PaymentBasis Basis { get; }

    public int SeriesCount => _series.Count;

    public int EventCount => _events.Count;

    public int? Series(Figure figure, int party, int year) => _series.TryGetValue((figure, party, year), out var index) ? index : null;

    public int? EventIndex(Event kind, int party, int year) => _events.TryGetValue((kind, party, year), out var index) ? index : null;

    /// <summary>Adds one settled year's figures into the run's values and events.</summary>
    public void Record(int year, YearTotals totals, long[] costs, YearEvents observed, long[] values, bool[] events)
    {
        var y = year - 1;
        var span = Plan.Years + 1;
        for (var p = 0; p < totals.Parties; p++)
        {
            var slot = _slots[(p * span) + y];
            var term = _slots[(p * span) + Plan.Years];
            var income = totals.IncomeOf(p);
            Set(values, slot.Income, term.Income, income);
            if (slot.Surplus >= 0)
            {
                var surplus = checked(income - costs[p]);
                Set(values, slot.Surplus, term.Surplus, surplus);
                events[slot.Deficit] = surplus < 0;
            }

            if (slot.OutcomePaid >= 0)
            {
                var paid = totals[p, StatementElement.Outcome];
                Set(values, slot.OutcomePaid, term.OutcomePaid, paid);
                if (slot.OutcomeEarned >= 0)
                {
                    events[slot.OutcomeEarned] = paid >= Plan.OutcomePots[y][p];
                }
            }

            if (slot.SavingsShared >= 0)
            {
                events[slot.SavingsShared] = totals[p, StatementElement.SharedSavings] > 0;
            }

            if (slot.CorridorMoved >= 0)
            {
                events[slot.CorridorMoved] = totals[p, StatementElement.Corridor] != 0;
            }

            if (slot.VolumeHeld >= 0)
            {
                events[slot.VolumeHeld] = observed.VolumeHeld[p];
            }
        }
    }

    /// <summary>The term's deficit events, once every year has been recorded.</summary>
    public void FinishRun(long[] values, bool[] events)
    {
        for (var p = 0; p < Plan.Parties.Count; p++)
        {
            if (Series(Figure.Surplus, p, Plan.Years) is { } surplus)
            {
                events[EventIndex(Event.Deficit, p, Plan.Years)!.Value] = values[surplus] < 0;
            }
        }
    }

    private static void Set(long[] values, int series, int termSeries, long value)
    {
        values[series] = value;
        values[termSeries] = checked(values[termSeries] + value);
    }

    private readonly record struct Slot(int Income, int Surplus, int OutcomePaid, int Deficit, int OutcomeEarned, int SavingsShared, int CorridorMoved, int VolumeHeld);
}
