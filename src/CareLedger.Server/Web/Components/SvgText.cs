using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace CareLedger.Server.Web.Components;

/// <summary>
/// What the server-drawn charts write into their SVG. Razor reserves <c>&lt;text&gt;</c>, so an SVG text element is
/// written out here, its content encoded; coordinates are written with a full stop whatever the culture.
/// </summary>
public static class SvgText
{
    public static MarkupString At(decimal x, decimal y, string content) =>
        new($"<text x=\"{Number(x)}\" y=\"{Number(y)}\">{WebUtility.HtmlEncode(content)}</text>");

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
