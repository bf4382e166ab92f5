using CareLedger.Simulation.Comparison;
using ScottPlot;

namespace CareLedger.Cli.Output.Comparison;

/// <summary>
/// Charts of a comparison, each as PNG and SVG: <c>income</c> — every party's expected income over the term under each
/// model, a bar per model with a line from its P10 to its P90; and <c>risk-carried</c> — one bar per model split into
/// each party's share of the spread (who carries the risk). The figures are the comparison's own; charts only draw them.
/// </summary>
internal static class ComparisonCharts
{
    private const int Width = 1200;
    private const int Height = 640;

    /// <summary>Writes both charts into <paramref name="folder"/> (which must exist); returns the files written.</summary>
    public static IReadOnlyList<string> Write(ComparisonResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. ChartFile.Save(Income(result), Path.Combine(folder, "income"), Width, Height), .. ChartFile.Save(RiskCarried(result), Path.Combine(folder, "risk-carried"), Width, Height)];
    }

    /// <summary>The income chart's title, as the chart shows it.</summary>
    public static string IncomeTitle(ComparisonResult result) => $"Expected income over the term by model, P10 to P90 ({result.Runs:#,0} runs each)";

    /// <summary>The risk chart's title, as the chart shows it.</summary>
    public static string RiskTitle(ComparisonResult result) => $"Who carries the risk: each party's share of the P10–P90 spread ({result.Scenario})";

    private static Plot Income(ComparisonResult result)
    {
        var plot = new Plot();
        var parties = Parties(result);
        var models = result.Models.Count;
        var palette = new ScottPlot.Palettes.Category10();
        const double groupWidth = 0.8;
        var barWidth = groupWidth / models;
        for (var m = 0; m < models; m++)
        {
            var model = result.Models[m];
            var color = palette.GetColor(m);
            var bars = new List<Bar>();
            for (var p = 0; p < parties.Length; p++)
            {
                if (model.Parties.FirstOrDefault(party => party.Party == parties[p].Id) is not { } party)
                {
                    continue;
                }

                var x = p - (groupWidth / 2) + (barWidth * (m + 0.5));
                bars.Add(new Bar { Position = x, Value = (double)party.Income.Mean.Value, Size = barWidth * 0.9, FillColor = color, LineWidth = 0 });
                var range = plot.Add.Line(x, (double)party.Income.P10.Value, x, (double)party.Income.P90.Value);
                range.Color = Colors.Black;
                range.LineWidth = 1.5f;
            }

            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = model.Label;
        }

        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, parties.Length).Select(i => (double)i).ToArray(), parties.Select(party => Short(party.Name)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 130;
        plot.Title(IncomeTitle(result));
        plot.YLabel($"expected income over the term ({result.Currency}; a payer's is negative)");
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static Plot RiskCarried(ComparisonResult result)
    {
        var plot = new Plot();
        var parties = Parties(result);
        var palette = new ScottPlot.Palettes.Category20();
        for (var p = 0; p < parties.Length; p++)
        {
            var bars = new List<Bar>();
            for (var m = 0; m < result.Models.Count; m++)
            {
                var model = result.Models[m];
                var below = model.Parties.TakeWhile(party => party.Party != parties[p].Id).Sum(party => party.RiskShare);
                if (model.Parties.FirstOrDefault(party => party.Party == parties[p].Id) is { RiskShare: > 0 } party)
                {
                    bars.Add(new Bar { Position = m, ValueBase = below * 100, Value = (below + party.RiskShare) * 100, FillColor = palette.GetColor(p), LineWidth = 0, Size = 0.6 });
                }
            }

            if (bars.Count > 0)
            {
                plot.Add.Bars(bars).LegendText = Short(parties[p].Name);
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, result.Models.Count).Select(i => (double)i).ToArray(), result.Models.Select(model => model.Label).ToArray());
        plot.Axes.SetLimitsY(0, 100);
        plot.Title(RiskTitle(result));
        plot.YLabel("share of the spread of every party's term position (%)");
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>Every party under any model, in the order they first appear.</summary>
    private static (string Id, string Name)[] Parties(ComparisonResult result) =>
        [.. result.Models.SelectMany(model => model.Parties).Select(party => (party.Party, party.Name)).Distinct()];

    private static string Short(string name) => name.Length <= 32 ? name : string.Concat(name.AsSpan(0, 31), "…");
}
