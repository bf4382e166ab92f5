using System.Globalization;
using CareLedger.Simulation.Incentives;
using ScottPlot;

namespace CareLedger.Cli.Output.Incentives;

/// <summary>
/// Charts of an incentive analysis, each as PNG and SVG. For each party and each activity or spend lever it gains or
/// loses by, a step chart <c>PARTY-KIND-LEVER</c>: across the lever's positions, the party's own marginal income and
/// the alliance's, a step where a cap, collar, dead-band, band or threshold changes it; perverse ranges are shaded red
/// and the operating point's range grey. For each party with indicators, a bar chart <c>PARTY-indicators</c> of what
/// meeting each is worth to it and to the alliance, perverse bars in red. Findings about nobody's income (an indicator
/// that moves no one) have no chart: the table lists them. The figures drawn are the findings' own.
/// </summary>
internal static class IncentiveCharts
{
    private const int Width = 900;
    private const int Height = 540;
    private const string Alliance = "alliance";
    private const string Indicator = "indicator";

    /// <summary>Writes every party's charts into <paramref name="folder"/> (which must exist); returns the files written.</summary>
    public static IReadOnlyList<string> Write(IncentiveResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        var written = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in result.Findings.Where(finding => finding.Party != Alliance).GroupBy(finding => finding.Party))
        {
            foreach (var lever in party.Where(finding => finding.Kind != Indicator).GroupBy(finding => (finding.Kind, finding.Lever)))
            {
                var stem = Unique(stems, $"{ChartFile.Slug(party.Key)}-{ChartFile.Slug(lever.Key.Kind)}-{ChartFile.Slug(lever.Key.Lever)}");
                written.AddRange(ChartFile.Save(Steps(result, [.. lever.OrderBy(finding => finding.From)]), Path.Combine(folder, stem), Width, Height));
            }

            var indicators = party.Where(finding => finding.Kind == Indicator).ToArray();
            if (indicators.Length > 0)
            {
                var stem = Unique(stems, $"{ChartFile.Slug(party.Key)}-indicators");
                // Room for each indicator's pair of bars: a framework of 80 indicators makes a tall chart, not a cramped one.
                var height = Math.Max(Height, 120 + (36 * indicators.Length));
                written.AddRange(ChartFile.Save(Indicators(result, indicators), Path.Combine(folder, stem), Width, height));
            }
        }

        return written;
    }

    /// <summary>The title of a lever's step chart, as the chart shows it.</summary>
    public static string StepTitle(IncentiveResult result, IncentiveFinding finding) =>
        $"{finding.PartyName}: {finding.Lever}, {result.Year}";

    /// <summary>The title of a party's indicator chart, as the chart shows it (short: the names down the left take room).</summary>
    public static string IndicatorTitle(IncentiveResult result, IncentiveFinding finding) =>
        $"{finding.PartyName}: indicators, {result.Year}";

    private static Plot Steps(IncentiveResult result, IncentiveFinding[] pieces)
    {
        var plot = new Plot();
        // A piece runs from its own position to the next piece's; the last to its end. Drawn as steps, so each
        // marginal holds flat across its range and changes where the next range starts.
        var xs = pieces.Select(piece => (double)piece.From).Append((double)pieces[^1].To).ToArray();
        double End(int i) => i + 1 < pieces.Length ? (double)pieces[i + 1].From : (double)pieces[i].To;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (pieces[i].Flag == IncentiveFlag.Perverse)
            {
                var span = plot.Add.HorizontalSpan((double)pieces[i].From, End(i), Colors.Red.WithAlpha(0.25));
                span.LineWidth = 0;
                span.LegendText = pieces.Take(i).Any(piece => piece.Flag == IncentiveFlag.Perverse) ? string.Empty : "PERVERSE";
            }
        }

        var own = plot.Add.Scatter(xs, Values(pieces, piece => piece.Own));
        own.ConnectStyle = ConnectStyle.StepHorizontal;
        own.LegendText = "own income";
        own.Color = Colors.Navy;
        own.LineWidth = 2.5f;
        own.MarkerSize = 0;
        var alliance = plot.Add.Scatter(xs, Values(pieces, piece => piece.Alliance));
        alliance.ConnectStyle = ConnectStyle.StepHorizontal;
        alliance.LegendText = "alliance's income";
        alliance.Color = Colors.DarkOrange;
        // Solid, told apart by colour and width: an SVG cannot carry a dash pattern (the renderer drops it and says so
        // on standard error).
        alliance.LineWidth = 1.5f;
        alliance.MarkerSize = 0;
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        // The operating point's range as a thick bar on the zero line, so it reads the same over a red span.
        var at = Array.FindIndex(pieces, piece => piece.AtOperatingPoint);
        if (at >= 0)
        {
            var range = plot.Add.Line((double)pieces[at].From, 0, End(at), 0);
            range.LineWidth = 8;
            range.LineColor = Colors.Black.WithAlpha(0.6);
            range.LegendText = "operating point's range";
        }

        var first = pieces[0];
        plot.Title(StepTitle(result, first));
        plot.XLabel(first.Kind == "risk-spend" ? $"spend on {first.Lever} ({result.Currency})" : $"{first.Lever} (units)");
        plot.YLabel($"income from one {Step(first.Unit)} more ({result.Currency})");
        MoneyTicks.Money(plot.Axes.Left, Symbol(result));
        if (first.Kind == "risk-spend")
        {
            MoneyTicks.Money(plot.Axes.Bottom, Symbol(result));
        }

        plot.ShowLegend(Alignment.UpperRight);
        return plot;

        // The last position repeats the last marginal, so the last step is drawn to the end of the range.
        static double[] Values(IncentiveFinding[] pieces, Func<IncentiveFinding, decimal> pick) =>
            pieces.Select(piece => (double)pick(piece)).Append((double)pick(pieces[^1])).ToArray();
    }

    /// <summary>Horizontal bars, the indicators' names down the left in the findings' order, so long names stay readable.</summary>
    private static Plot Indicators(IncentiveResult result, IncentiveFinding[] indicators)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        double Row(int i) => 3 * (indicators.Length - 1 - i);
        for (var i = 0; i < indicators.Length; i++)
        {
            var perverse = indicators[i].Flag == IncentiveFlag.Perverse;
            bars.Add(new Bar { Position = Row(i) + 0.5, Value = (double)indicators[i].Own, FillColor = perverse ? Colors.Red : Colors.Navy });
            bars.Add(new Bar { Position = Row(i) - 0.5, Value = (double)indicators[i].Alliance, FillColor = perverse ? Colors.Red.WithAlpha(0.5) : Colors.DarkOrange });
        }

        plot.Add.Bars(bars).Horizontal = true;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "own income", FillColor = Colors.Navy });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "alliance's income", FillColor = Colors.DarkOrange });
        if (indicators.Any(indicator => indicator.Flag == IncentiveFlag.Perverse))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "PERVERSE", FillColor = Colors.Red });
        }

        plot.Axes.Left.SetTicks([.. indicators.Select((_, i) => Row(i))], [.. indicators.Select(indicator => indicator.Lever)]);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        plot.Title(IndicatorTitle(result, indicators[0]));
        plot.XLabel($"income from meeting it rather than missing it ({result.Currency})");
        MoneyTicks.Money(plot.Axes.Bottom, Symbol(result));
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static string Step(string unit) => unit.StartsWith("£1", StringComparison.Ordinal) ? "£1 of spend" : unit;

    private static string Symbol(IncentiveResult result) =>
        Domain.Currency.TryParse(result.Currency, out var currency) ? currency.Symbol : result.Currency + " ";

    /// <summary>A stem no other chart in this folder has: two lever names can make the same file name.</summary>
    private static string Unique(HashSet<string> stems, string stem)
    {
        var unique = stem;
        for (var n = 2; !stems.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return unique;
    }
}
