using System.Globalization;
using CareLedger.Simulation.Viability;
using ScottPlot;

namespace CareLedger.Cli.Output.Viability;

/// <summary>
/// Charts of a viability assessment, each as PNG and SVG: <c>BIDDER-sustainable</c>, the share of runs in surplus
/// over the term at each contract value the search simulated, with the 80%, 90% and 95% sustainable values, the value
/// modelled (the bid) and the contract's own value marked; and <c>BIDDER-surplus</c>, the bidder's surplus at the value
/// modelled by contract year (the P5–P95 band, the P50 line and the mean, against break-even), each year's chance of a
/// deficit under its label. Every figure drawn is the assessment's own, as the table and CSV print it.
/// </summary>
internal static class ViabilityCharts
{
    private const int Width = 1000;
    private const int Height = 540;

    /// <summary>Writes both charts into <paramref name="folder"/> (which must exist); returns the files written.</summary>
    public static IReadOnlyList<string> Write(ViabilityResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            .. ChartFile.Save(Sustainable(result), Path.Combine(folder, result.Bidder + "-sustainable"), Width, Height),
            .. ChartFile.Save(Surplus(result), Path.Combine(folder, result.Bidder + "-surplus"), Width, Height),
        ];
    }

    /// <summary>The title of the chart of the chance of a surplus against contract value, as the chart shows it.</summary>
    public static string SustainableTitle(ViabilityResult result) =>
        $"{result.BidderName}: chance of a surplus by contract value";

    /// <summary>The title of the chart of surplus by year, as the chart shows it.</summary>
    public static string SurplusTitle(ViabilityResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.BidderName}: surplus by year at {Compact(result, (double)result.ModelledValue.Amount)} ({result.Runs:#,0} runs)");

    /// <summary>A level's legend entry: <c>90% sustainable: £837.4m</c>.</summary>
    public static string LevelLegend(ViabilityResult result, SustainableValue level) =>
        string.Create(CultureInfo.InvariantCulture, $"{level.Level:P0} sustainable: {Compact(result, (double)level.Value!.Value.Value)}");

    /// <summary>The bid's legend entry: <c>bid (value modelled): £726m</c>.</summary>
    public static string BidLegend(ViabilityResult result) => $"bid (value modelled): {Compact(result, (double)result.ModelledValue.Amount)}";

    /// <summary>A year's label under its surplus: the year, and below it its chance of a deficit, <c>deficit 100 %</c>.</summary>
    public static string YearLabel(ViabilityYear year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year.Year}\ndeficit {year.Deficit.Value:P0}");

    private static Plot Sustainable(ViabilityResult result)
    {
        var plot = new Plot();
        var searched = plot.Add.Scatter(
            result.Searched.Select(point => (double)point.Value.Amount).ToArray(),
            result.Searched.Select(point => point.Surplus.Value).ToArray());
        searched.LegendText = "simulated: share of runs in surplus";
        searched.Color = Colors.Navy;
        searched.MarkerSize = 8;
        // The points are what was measured; the thin line only joins them for the eye (between two points the search
        // simulated nothing). Lines here are solid, told apart by colour and width: an SVG cannot carry a dash pattern
        // (the renderer drops it and says so on standard error).
        searched.LineWidth = 1;

        var palette = new[] { Colors.SeaGreen, Colors.DarkOrange, Colors.Crimson };
        foreach (var (level, i) in result.Sustainable.Select((level, i) => (level, i)).Where(pair => pair.level.Value is not null))
        {
            var line = plot.Add.VerticalLine((double)level.Value!.Value.Value, 1.5f, palette[i % palette.Length]);
            line.LegendText = LevelLegend(result, level);
        }

        var bid = plot.Add.VerticalLine((double)result.ModelledValue.Amount, 3, Colors.Black);
        bid.LegendText = BidLegend(result);
        if (result.PublishedValue != result.ModelledValue)
        {
            var own = plot.Add.VerticalLine((double)result.PublishedValue.Amount, 1.5f, Colors.Gray);
            own.LegendText = $"contract's own value: {Compact(result, (double)result.PublishedValue.Amount)}";
        }

        plot.Title(SustainableTitle(result));
        plot.XLabel($"contract value over the term ({result.Currency})");
        plot.YLabel("runs in surplus over the term");
        MoneyTicks.Money(plot.Axes.Bottom, result.ModelledValue.Currency.Symbol);
        MoneyTicks.Percent(plot.Axes.Left);
        plot.Axes.SetLimitsY(-0.05, 1.05);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot Surplus(ViabilityResult result)
    {
        var plot = new Plot();
        var xs = Enumerable.Range(0, result.Years.Count).Select(i => (double)i).ToArray();
        double[] Series(Func<ViabilityYear, decimal> pick) => result.Years.Select(year => (double)pick(year)).ToArray();
        var band = plot.Add.FillY(xs, Series(year => year.P5Surplus.Value), Series(year => year.P95Surplus.Value));
        band.LegendText = "P5–P95";
        band.FillColor = Colors.SteelBlue.WithAlpha(0.3);
        var median = plot.Add.Scatter(xs, Series(year => year.P50Surplus.Value));
        median.LegendText = "P50";
        median.Color = Colors.Navy;
        median.LineWidth = 2;
        var mean = plot.Add.Scatter(xs, Series(year => year.MeanSurplus.Value));
        mean.LegendText = "mean";
        mean.Color = Colors.DarkOrange;
        mean.LineWidth = 0;
        mean.MarkerSize = 9;
        mean.MarkerShape = MarkerShape.FilledDiamond;
        var breakEven = plot.Add.HorizontalLine(0, 1.5f, Colors.Crimson);
        breakEven.LegendText = "break-even";
        plot.Axes.Bottom.SetTicks(xs, result.Years.Select(YearLabel).ToArray());
        plot.Title(SurplusTitle(result));
        plot.XLabel("contract year and the chance of a deficit in it");
        plot.YLabel($"surplus after unfunded costs ({result.Currency})");
        MoneyTicks.Money(plot.Axes.Left, result.ModelledValue.Currency.Symbol);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static string Compact(ViabilityResult result, double amount) => MoneyTicks.Compact(amount, result.ModelledValue.Currency.Symbol);
}
