using CareLedger.Analytics.Risk;
using ScottPlot;

namespace CareLedger.Cli.Output.Population;

/// <summary>
/// Observed against predicted emergency-admission risk by decile of the held-out people, with the diagonal a perfectly
/// calibrated model lies on; PNG or SVG by the file's extension. The points are the check's decile figures.
/// </summary>
internal static class CalibrationChart
{
    private const int Width = 800, Height = 800;

    public static void Save(HeldOutCheck check, string path)
    {
        var plot = new Plot();
        var most = check.Deciles.Max(decile => Math.Max(decile.MeanPredicted, decile.Observed)) * 1.05;
        plot.Add.Line(0, 0, most, most).LineColor = Colors.Gray;
        var points = plot.Add.Scatter(check.Deciles.Select(decile => decile.MeanPredicted).ToArray(), check.Deciles.Select(decile => decile.Observed).ToArray());
        points.MarkerSize = 9;
        points.LegendText = "deciles of predicted risk";
        plot.XLabel("mean predicted risk of an emergency admission next year");
        plot.YLabel("share admitted");
        plot.Title($"Calibration on {check.HeldOut:N0} held-out people (slope {check.CalibrationSlope:0.00})");
        plot.ShowLegend(Alignment.UpperLeft);
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
