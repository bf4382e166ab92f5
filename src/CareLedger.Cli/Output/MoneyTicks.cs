using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CareLedger.Cli.Output;

/// <summary>
/// Money as a chart shows it: short enough for an axis or a legend (<c>£837.4m</c>, <c>£12.5k</c>, <c>£658.54</c>),
/// where the table and CSV keep every penny. Only for drawing: no figure is computed from these.
/// </summary>
internal static class MoneyTicks
{
    /// <summary>An amount in millions (one decimal) from £1m, thousands from £10k, else pounds and pence (for marginals).</summary>
    public static string Compact(double amount, string symbol)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var size = Math.Abs(amount);
        var text = size switch
        {
            >= 1_000_000 => (size / 1_000_000).ToString("#,0.#", CultureInfo.InvariantCulture) + "m",
            >= 10_000 => (size / 1_000).ToString("#,0.#", CultureInfo.InvariantCulture) + "k",
            _ => size.ToString("#,0.##", CultureInfo.InvariantCulture),
        };
        return sign + symbol + text;
    }

    /// <summary>Labels an axis's ticks as money, <see cref="Compact"/>.</summary>
    public static void Money(IAxis axis, string symbol) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = value => Compact(value, symbol) };

    /// <summary>Labels an axis's ticks (fractions) as whole percentages.</summary>
    public static void Percent(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = value => value.ToString("0%", CultureInfo.InvariantCulture) };
}
