using System.Globalization;
using CareLedger.Analytics.Reporting;
using ScottPlot;

namespace CareLedger.Cli.Output.Activity;

/// <summary>
/// A view of spend drawn as a bar chart (PNG or SVG by the file's extension): for provider × point of delivery, one
/// bar per provider stacked by point of delivery; for every other view, one bar per line, at most
/// <see cref="MostBars"/> of them in the view's order. The bars are exactly the report's spend column — the figures
/// the table, CSV and workbook print — converted to floating point for drawing only; no figure is computed here.
/// </summary>
internal static class SpendChart
{
    public const int MostBars = 30;

    private const int Width = 1200, Height = 700;

    public static bool IsChartFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".svg";

    public static void Save(SpendReport report, string path)
    {
        var plot = new Plot();
        if (report.View == SpendView.ProviderPod)
        {
            Stacked(plot, report);
        }
        else
        {
            Single(plot, report);
        }

        plot.YLabel("spend (£)");
        plot.Axes.Margins(bottom: 0);
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, Width, Height);
        }
        else
        {
            plot.SavePng(path, Width, Height);
        }
    }

    private static void Stacked(Plot plot, SpendReport report)
    {
        var providers = report.Rows.Select(row => row.Keys[0]).Distinct(StringComparer.Ordinal).ToList();
        var pods = report.Rows.Select(row => row.Keys[1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        foreach (var (provider, position) in providers.Select((provider, index) => (provider, index)))
        {
            double top = 0;
            foreach (var row in report.Rows.Where(row => row.Keys[0] == provider).OrderBy(row => pods.IndexOf(row.Keys[1])))
            {
                var height = Drawn(row.Spend);
                bars.Add(new Bar { Position = position, ValueBase = top, Value = top + height, FillColor = palette.GetColor(pods.IndexOf(row.Keys[1])) });
                top += height;
            }
        }

        plot.Add.Bars(bars);
        foreach (var (pod, index) in pods.Select((pod, index) => (pod, index)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = pod, FillColor = palette.GetColor(index) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks([.. providers.Select((_, index) => (double)index)], [.. providers]);
        plot.Title("Spend by provider and point of delivery");
    }

    private static void Single(Plot plot, SpendReport report)
    {
        var rows = report.Rows.Take(MostBars).ToList();
        plot.Add.Bars(rows.Select((row, index) => new Bar { Position = index, Value = Drawn(row.Spend), FillColor = Colors.SteelBlue }).ToList());
        plot.Axes.Bottom.SetTicks([.. rows.Select((_, index) => (double)index)], [.. rows.Select(row => string.Join(" ", row.Keys))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = rows.Count > 8 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = rows.Count > 8 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        var shown = report.Rows.Count > rows.Count ? $" (the first {rows.Count} of {report.Rows.Count.ToString("N0", CultureInfo.InvariantCulture)} lines)" : string.Empty;
        plot.Title($"Spend by {string.Join(" and ", report.KeyNames).Replace('_', ' ')}{shown}");
    }

    /// <summary>A penny-rounded spend as a bar height; drawing is the only use of floating point.</summary>
    private static double Drawn(decimal spend) => (double)spend;
}
