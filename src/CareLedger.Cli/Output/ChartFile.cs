using ScottPlot;

namespace CareLedger.Cli.Output;

/// <summary>
/// Saves a chart as both PNG and SVG beside each other (<c>STEM.png</c>, <c>STEM.svg</c>), the pair every
/// <c>--charts</c> folder holds: PNG to paste into a paper, SVG to scale or restyle.
/// </summary>
internal static class ChartFile
{
    /// <summary>Writes both files; returns their paths, PNG first.</summary>
    public static string[] Save(Plot plot, string stem, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var png = stem + ".png";
        var svg = stem + ".svg";
        plot.SavePng(png, width, height);
        plot.SaveSvg(svg, width, height);
        return [png, svg];
    }

    /// <summary>
    /// A name (a lever, a service line) as part of a file name: lower case letters, digits and single hyphens, so a
    /// name with spaces or slashes cannot leave the folder or clash with the shell.
    /// </summary>
    public static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-') is { Length: > 0 } trimmed ? trimmed : "unnamed";
    }
}
