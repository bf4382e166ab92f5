using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Summaries;

/// <summary>
/// Which figures a simulation keeps for each run, numbered once per plan: per party and year (and over the term, as
/// year index <see cref="SimulationPlan.Years"/>) its income, and where the scenario gives it a cost, its surplus; per
/// party with an outcome pot, what the outcome paid. And which events it counts: a deficit, an outcome earned in full,
/// shared savings paid (the minimum savings rate cleared), a corridor moving money, a volume cap or collar binding.
/// </summary>
internal sealed class ResultLayout
{
    private readonly Dictionary<(Figure, int, int), int> _series = [];
    private readonly Dictionary<(Event, int, int), int> _events = [];

    public ResultLayout(SimulationPlan plan)
    {
        Plan = plan;
        var withCost = plan.Scenario.Costs.Select(cost => plan.Parties[cost.Party]).ToHashSet();
        var years = plan.Years;
        for (var p = 0; p < plan.Parties.Count; p++)
        {
            var hasPot = plan.OutcomePots.Any(pots => pots[p] != 0);
            var entity = plan.Contract.SharedSavings.Any(terms => plan.Parties[terms.Entity] == p);
            var corridor = plan.Contract.Corridors.Any(terms => plan.Parties[terms.Entity] == p);
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
    }

    public SimulationPlan Plan { get; }

    public int SeriesCount => _series.Count;

    public int EventCount => _events.Count;

    public int? Series(Figure figure, int party, int year) => _series.TryGetValue((figure, party, year), out var index) ? index : null;

    public int? EventIndex(Event kind, int party, int year) => _events.TryGetValue((kind, party, year), out var index) ? index : null;

    /// <summary>Adds one settled year's figures into the run's values and events.</summary>
    public void Record(int year, YearTotals totals, long[] costs, long[] values, bool[] events)
    {
        var y = year - 1;
        var term = Plan.Years;
        for (var p = 0; p < totals.Parties; p++)
        {
            var income = totals.IncomeOf(p);
            Set(values, Figure.Income, p, y, term, income);
            if (Series(Figure.Surplus, p, y) is not null)
            {
                var surplus = checked(income - costs[p]);
                Set(values, Figure.Surplus, p, y, term, surplus);
                events[EventIndex(Event.Deficit, p, y)!.Value] = surplus < 0;
            }

            if (Series(Figure.OutcomePaid, p, y) is not null)
            {
                var paid = totals[p, StatementElement.Outcome];
                Set(values, Figure.OutcomePaid, p, y, term, paid);
                if (EventIndex(Event.OutcomeEarned, p, y) is { } earned)
                {
                    events[earned] = paid >= Plan.OutcomePots[y][p];
                }
            }

            if (EventIndex(Event.SavingsShared, p, y) is { } savings)
            {
                events[savings] = totals[p, StatementElement.SharedSavings] > 0;
            }

            if (EventIndex(Event.CorridorMoved, p, y) is { } corridor)
            {
                events[corridor] = totals[p, StatementElement.Corridor] != 0;
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

    private void Set(long[] values, Figure figure, int party, int year, int term, long value)
    {
        values[Series(figure, party, year)!.Value] = value;
        var total = Series(figure, party, term)!.Value;
        values[total] = checked(values[total] + value);
    }
}
