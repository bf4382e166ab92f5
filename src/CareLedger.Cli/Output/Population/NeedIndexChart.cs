using CareLedger.Analytics.Capitation;
using ScottPlot;

namespace CareLedger.Cli.Output.Population;

/// <summary>
/// A place's need index per component as grouped bars (against its ICB and against England) with a line at 1.0, PNG or
/// SVG by the file's extension. The bars are the indexes the table prints, converted to floating point for drawing only.
/// </summary>
internal static class NeedIndexChart
{
    private const int Width = 1200, Height = 600;

    public static bool IsChartFile(string path) => Path.GetExtension(path).ToLowerInvariant() is ".png" or ".svg";

    public static void Save(PlaceCapitation result, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        foreach (var (line, index) in result.Lines.Select((line, index) => (line, index)))
        {
            bars.Add(new Bar { Position = (index * 3) + 0, Value = (double)line.IndexVsIcb, FillColor = palette.GetColor(0) });
            bars.Add(new Bar { Position = (index * 3) + 1, Value = (double)line.IndexVsEngland, FillColor = palette.GetColor(1) });
        }

        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(1.0, color: Colors.Black);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "against ICB", FillColor = palette.GetColor(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "against England", FillColor = palette.GetColor(1) });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks([.. result.Lines.Select((_, index) => (index * 3) + 0.5)], [.. result.Lines.Select(line => line.Component.Id)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.YLabel("need index (1.0 = the reference's per-head need)");
        plot.Title($"Need index of {result.Place.Describe()} by component");
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, Width, Height);
        }
        else
        {
            plot.SavePng(path, Width, Height);
        }
    }
}
