using System.Xml.Linq;

namespace CareLedger.Cli.Tests.Support;

/// <summary>What a test can read back from a chart <c>--charts</c> wrote: a PNG's signature and size, an SVG's text.</summary>
public static class WrittenChart
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Asserts the file is a PNG image of the size given, read from its header (IHDR: width and height, big-endian, at bytes 16 and 20).</summary>
    public static void AssertPng(string path, int width, int height)
    {
        var png = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal((width, height), (BigEndian(png, 16), BigEndian(png, 20)));
    }

    /// <summary>Every text element of an SVG file (which must be well-formed XML with an svg root), trimmed.</summary>
    public static HashSet<string> SvgText(string path)
    {
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        return svg.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value.Trim()).ToHashSet();
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
