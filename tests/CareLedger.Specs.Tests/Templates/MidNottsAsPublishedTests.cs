using CareLedger.Domain;
using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Templates;

/// <summary>
/// The Mid-Nottinghamshire 2016/17 outcomes framework twice: exactly as published in
/// <c>mid-notts-alliance-as-published</c>, whose weight errors stop every computation, and in the shipped
/// <c>mid-notts-alliance</c>, which differs only in the missing 1% assumed on the end-of-life action plan.
/// </summary>
public sealed class MidNottsAsPublishedTests
{
    private const string MidNotts = "mid-notts-alliance";
    private const string MidNottsAsPublished = "mid-notts-alliance-as-published";

    [Fact]
    public void Mid_notts_as_published_loads_with_exactly_the_end_of_life_and_total_weight_errors_of_the_published_framework()
    {
        var template = TemplateCatalog.MidNottsAsPublished;
        var loaded = ContractLoader.Load(template.Yaml, MidNottsAsPublished + ".yaml");

        Assert.Equal(2, loaded.Diagnostics.Count);
        Assert.All(loaded.Diagnostics, diagnostic => Assert.Equal(Severity.Error, diagnostic.Severity));

        // The end-of-life outcome: headline 17%, its indicators 16%. Reported inside that outcome, with both sums.
        var endOfLife = Assert.Single(loaded.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.IndicatorWeights);
        var (first, last) = LinesOfOutcome(template.Yaml, "end-of-life", "patient-experience");
        Assert.InRange(endOfLife.Location.Line, first, last);
        Assert.Contains("16%", endOfLife.Message, StringComparison.Ordinal);
        Assert.Contains("17%", endOfLife.Message, StringComparison.Ordinal);

        // All indicators together: 99% against 100%.
        var total = Assert.Single(loaded.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.TotalIndicatorWeights);
        Assert.Contains("99%", total.Message, StringComparison.Ordinal);

        // Errors about year-end terms stop the budget too: nothing is computed from a framework known to be wrong.
        Assert.False(loaded.CanComputeBudget);
    }

    [Fact]
    public void Mid_notts_differs_from_the_framework_as_published_only_in_the_end_of_life_action_plan_marked_as_an_assumption()
    {
        var corrected = LoadContract(MidNotts);
        var published = ContractLoader.Load(TemplateCatalog.MidNottsAsPublished.Yaml, MidNottsAsPublished + ".yaml").Contract!;

        var changed = corrected.Frameworks.Single().Indicators.Zip(published.Frameworks.Single().Indicators)
            .Where(pair => (pair.First.Id, pair.First.Weight, pair.First.Category) != (pair.Second.Id, pair.Second.Weight, pair.Second.Category))
            .ToArray();

        var (mine, theirs) = Assert.Single(changed);
        Assert.Equal(("eol-action-plan", Percent("5%"), Percent("4%")), (mine.Id.Value, mine.Weight, theirs.Weight));

        // Comments aside, the two files differ in that one line.
        var differing = Written(Template(MidNotts).Yaml).Zip(Written(TemplateCatalog.MidNottsAsPublished.Yaml)).Where(pair => pair.First != pair.Second);
        Assert.Equal(("weight: 5%", "weight: 4%"), Assert.Single(differing));
        Assert.Matches(@"# ASSUMPTION: 5%, not the published 4%\..*\n(?:.*#.*\n)*\s*- id: eol-action-plan", Template(MidNotts).Yaml);
    }

    [Fact]
    public void Mid_notts_as_published_keeps_every_published_indicator_weight_and_category_so_end_of_life_is_16_percent_and_the_total_99()
    {
        var framework = Assert.Single(ContractLoader.Load(TemplateCatalog.MidNottsAsPublished.Yaml, MidNottsAsPublished + ".yaml").Contract!.Frameworks);
        const IndicatorCategory Planning = IndicatorCategory.Planning;
        const IndicatorCategory Implementation = IndicatorCategory.ImplementationAndReview;
        const IndicatorCategory Metric = IndicatorCategory.OutcomeMetric;
        (IndicatorCategory Category, string Weight)[][] published =
        [
            [(Planning, "7%"), (Implementation, "7%")],
            [(Implementation, "3%"), (Planning, "4%"), (Implementation, "6%"), (Metric, "3%")],
            [(Implementation, "2%"), (Planning, "4%"), (Implementation, "4%"), (Metric, "2%")],
            [(Planning, "5%"), (Implementation, "5%")],
            [(Implementation, "4%"), (Implementation, "4%"), (Planning, "4%"), (Implementation, "4%")],
            [(Planning, "7%"), (Implementation, "7%")],
            [(Implementation, "5%"), (Planning, "6%"), (Implementation, "6%")],
        ];

        Assert.Equal(published.Length, framework.Outcomes.Count);
        for (var index = 0; index < published.Length; index++)
        {
            Assert.Equal(
                published[index].Select(indicator => (indicator.Category, Percent(indicator.Weight))),
                framework.Outcomes[index].Indicators.Select(indicator => (indicator.Category, indicator.Weight)));
        }

        var endOfLife = framework.Outcomes[4];
        Assert.Equal(Percent("17%"), endOfLife.Weight);
        Assert.Equal(Percent("16%"), Sum(endOfLife.Indicators.Select(indicator => indicator.Weight)));
        Assert.Equal(Percent("99%"), Sum(framework.Indicators.Select(indicator => indicator.Weight)));
    }

    [Fact]
    public void Mid_notts_with_the_assumed_1_percent_has_end_of_life_at_17_percent_and_every_indicator_at_100()
    {
        var framework = Assert.Single(LoadContract(MidNotts).Frameworks);

        var endOfLife = framework.Outcomes[4];
        Assert.Equal(Percent("17%"), Sum(endOfLife.Indicators.Select(indicator => indicator.Weight)));
        Assert.Equal(Percent("100%"), Sum(framework.Indicators.Select(indicator => indicator.Weight)));
    }

    private static ContractTemplate Template(string name) => TemplateCatalog.Find(name) ?? throw new ArgumentException($"No template '{name}'.", nameof(name));

    private static Domain.Contracts.Contract LoadContract(string name)
    {
        var loaded = ContractLoader.Load(Template(name).Yaml, name + ".yaml");
        Assert.False(loaded.HasErrors, string.Join(Environment.NewLine, loaded.Errors));
        return loaded.Contract!;
    }

    private static Percentage Percent(string text) => Percentage.Parse(text);

    private static Percentage Sum(IEnumerable<Percentage> weights) => weights.Aggregate(Percentage.Zero, (total, weight) => total + weight);

    /// <summary>The lines of a file that say something, trimmed: no comments, no blank lines.</summary>
    private static string[] Written(string yaml) =>
        yaml.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();

    /// <summary>The lines (1-based) from an outcome's <c>- id:</c> up to the line before the next outcome's.</summary>
    private static (int First, int Last) LinesOfOutcome(string yaml, string outcome, string nextOutcome)
    {
        var lines = yaml.Split('\n');
        var first = Array.FindIndex(lines, line => line.Trim() == $"- id: {outcome}") + 1;
        var next = Array.FindIndex(lines, first, line => line.Trim() == $"- id: {nextOutcome}") + 1;
        Assert.True(first > 0 && next > first, $"Outcome '{outcome}' not found before '{nextOutcome}'.");
        return (first, next - 1);
    }
}
