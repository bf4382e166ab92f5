using CareLedger.Simulation.Results;
using CareLedger.Simulation.Summaries;
using ScottPlot;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>
/// Charts of a simulation, each as PNG and SVG, two per party: a histogram of its position over the term (surplus
/// where the scenario gives it a cost, else income: runs per bar) and a fan chart of its position by contract year
/// (the P5–P95 and P10–P90 bands and the P50 line). Files are named <c>PARTY-position</c> and <c>PARTY-fan</c>. The
/// figures are the simulation's own (<see cref="PositionHistogram"/>, each year's percentiles); charts only draw them.
/// </summary>
internal static class SimulationCharts
{
    private const int Width = 900;
    private const int Height = 540;

    /// <summary>Writes every party's charts into <paramref name="folder"/> (which must exist); returns the files written.</summary>
    public static IReadOnlyList<string> Write(SimulationResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        var written = new List<string>();
        foreach (var party in result.Parties)
        {
            written.AddRange(ChartFile.Save(Histogram(result, party), Path.Combine(folder, party.Party + "-position"), Width, Height));
            written.AddRange(ChartFile.Save(Fan(result, party), Path.Combine(folder, party.Party + "-fan"), Width, Height));
        }

        return written;
    }

    /// <summary>The title of a party's histogram, as the chart shows it.</summary>
    public static string HistogramTitle(SimulationResult result, PartyResult party) =>
        $"{party.Name}: {party.Position.Figure} over the term ({result.Runs:#,0} runs)";

    /// <summary>The title of a party's fan chart, as the chart shows it.</summary>
    public static string FanTitle(PartyResult party) => $"{party.Name}: {Position(party)} by year";

    private static Plot Histogram(SimulationResult result, PartyResult party)
    {
        var plot = new Plot();
        var edges = party.Position.Edges.Select(edge => (double)edge).ToArray();
        var counts = party.Position.Counts;
        var bars = new List<Bar>();
        for (var i = 0; i < counts.Count; i++)
        {
            var width = Math.Max(edges[i + 1] - edges[i], 0.01);
            bars.Add(new Bar { Position = (edges[i] + edges[i + 1]) / 2, Value = counts[i], Size = width, LineWidth = 0 });
        }

        var plotted = plot.Add.Bars(bars);
        plotted.LegendText = "runs";
        plot.Title(HistogramTitle(result, party));
        plot.XLabel($"{party.Position.Figure} over the term ({result.Currency})");
        plot.YLabel("runs");
        return plot;
    }

    private static Plot Fan(SimulationResult result, PartyResult party)
    {
        var plot = new Plot();
        var xs = Enumerable.Range(0, party.Years.Count).Select(i => (double)i).ToArray();
        var summaries = party.Years.Select(year => year.Surplus ?? year.Income).ToArray();
        double[] Series(Func<MoneySummary, Estimate> pick) => summaries.Select(summary => (double)pick(summary).Value).ToArray();
        var outer = plot.Add.FillY(xs, Series(summary => summary.P5), Series(summary => summary.P95));
        outer.LegendText = "P5–P95";
        outer.FillColor = Colors.SteelBlue.WithAlpha(0.25);
        var inner = plot.Add.FillY(xs, Series(summary => summary.P10), Series(summary => summary.P90));
        inner.LegendText = "P10–P90";
        inner.FillColor = Colors.SteelBlue.WithAlpha(0.45);
        var median = plot.Add.Scatter(xs, Series(summary => summary.P50));
        median.LegendText = "P50";
        median.Color = Colors.Navy;
        median.LineWidth = 2;
        plot.Axes.Bottom.SetTicks(xs, party.Years.Select(year => year.Year).ToArray());
        plot.Title(FanTitle(party));
        plot.XLabel("contract year");
        plot.YLabel($"{Position(party)} ({result.Currency})");
        plot.ShowLegend();
        return plot;
    }

    private static string Position(PartyResult party) => party.Years.Any(year => year.Surplus is not null) ? "surplus" : "income";
}
