using System.Text.RegularExpressions;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.SourceRules;

/// <summary>
/// Every rounding in the product states how it breaks ties. An unstated <c>decimal.Round</c> or <c>Math.Round</c>
/// silently uses banker's rounding, which is neither the contract's rule (for money) nor the display rule
/// (<c>DisplayRounding</c>) — the kind of drift that changes a shown digit without anyone deciding it should.
/// </summary>
public sealed partial class MidpointRuleTests
{
    [Fact]
    public void Every_decimal_rounding_in_the_source_states_its_midpoint_rule()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src");
        var unstated = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((text, index) => (File: Path.GetRelativePath(source, file), Line: index + 1, Text: text)))
            .Where(line => RoundingCall().IsMatch(line.Text) && !line.Text.Contains("Midpoint", StringComparison.Ordinal))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToArray();

        Assert.True(unstated.Length == 0, "Roundings without a stated midpoint rule (use DisplayRounding for shown figures, Money.Round for money):\n" + string.Join("\n", unstated));
    }

    [GeneratedRegex(@"\b(decimal|Decimal|Math|MathF)\.Round\(")]
    private static partial Regex RoundingCall();
}
