using CareLedger.Simulation.Summaries;
using static CareLedger.Simulation.Summaries.ResultLayout;

namespace CareLedger.Simulation.Results;

/// <summary>Turns a finished simulation's tallies and counts into its results.</summary>
internal static class SimulationResults
{
    public static SimulationResult Of(ResultLayout layout, SimulationOptions options, Tally[] tallies, long[] events)
    {
        var plan = layout.Plan;
        var labels = plan.Contract.Term.Calendar.Years.Select(year => year.Label).ToArray();
        var parties = new List<PartyResult>();
        for (var p = 0; p < plan.Parties.Count; p++)
        {
            var years = Enumerable.Range(0, plan.Years + 1).Select(y => Year(layout, tallies, events, options.Runs, p, y, y < plan.Years ? labels[y] : "term")).ToArray();
            var party = plan.Parties.Parties[p];
            parties.Add(new PartyResult(party.Id.Value, party.Name, years[..^1], years[^1], Position(layout, tallies, p)));
        }

        return new SimulationResult(plan.Contract.Id.Value, plan.Scenario.Name, options.Runs, options.Seed, plan.Contract.Currency.Code, labels, parties);
    }

    /// <summary>Bars of the party's term position: its surplus where it has a cost, else its income.</summary>
    private static PositionHistogram Position(ResultLayout layout, Tally[] tallies, int party)
    {
        var years = layout.Plan.Years;
        var (figure, index) = layout.Series(Figure.Surplus, party, years) is { } surplus ? ("surplus", surplus) : ("income", layout.Series(Figure.Income, party, years)!.Value);
        var (edges, counts) = tallies[index].Histogram(HistogramBars);
        return new PositionHistogram(figure, edges.Select(edge => edge / 100m).ToArray(), counts);
    }

    /// <summary>Bars in a position histogram: enough to show a shape, few enough to read.</summary>
    private const int HistogramBars = 40;

    private static PartyYearResult Year(ResultLayout layout, Tally[] tallies, long[] events, long runs, int party, int year, string label)
    {
        MoneySummary? Summary(Figure figure) => layout.Series(figure, party, year) is { } index ? MoneySummary.Of(tallies[index]) : null;
        Probability? Chance(Event kind) => layout.EventIndex(kind, party, year) is { } index ? new Probability(events[index], runs) : null;
        return new PartyYearResult(
            label,
            Summary(Figure.Income)!,
            Summary(Figure.Surplus),
            Chance(Event.Deficit),
            Summary(Figure.OutcomePaid),
            Chance(Event.OutcomeEarned),
            Chance(Event.SavingsShared),
            Chance(Event.CorridorMoved),
            Chance(Event.VolumeHeld));
    }
}
