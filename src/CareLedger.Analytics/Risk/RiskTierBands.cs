namespace CareLedger.Analytics.Risk;

/// <summary>
/// The risk tiers every stratification uses, highest risk first: the top 1%, the next 1% (1% to 2%), the next 3% (2%
/// to 5%) and the rest. A tier's end is the top ⌈n × X%⌉ people (rounded up, so the top 1% of 150 people is two), so
/// tiers partition the people exactly whatever n is.
/// </summary>
public static class RiskTierBands
{
    /// <summary>The cohorts <c>--risk-tier</c> names, each the tiers down to an order: top-1 is the first tier, top-2 the first two, top-5 the first three.</summary>
    public static IReadOnlyList<(string Id, int Order)> TopCohorts { get; } = [("top-1", 1), ("top-2", 2), ("top-5", 3)];

    /// <summary>How many people make up the top <paramref name="percent"/>%: ⌈people × percent ÷ 100⌉.</summary>
    public static int TopCount(int people, decimal percent) => (int)Math.Ceiling(people * percent / 100m);

    /// <summary>The tiers of <paramref name="people"/> ranked people: each tier's name, order (1 is the highest risk) and end (exclusive) in the ranking.</summary>
    public static IReadOnlyList<(string Name, int Order, int End)> For(int people) =>
    [
        ("top 1%", 1, TopCount(people, 1m)), ("1% to 2%", 2, TopCount(people, 2m)), ("2% to 5%", 3, TopCount(people, 5m)), ("rest", 4, people),
    ];

    /// <summary>The tier order a <c>--risk-tier</c> id names (top-1, top-2, top-5), or null when it names none.</summary>
    public static int? TopCohortOrder(string? id) =>
        TopCohorts.Where(cohort => string.Equals(cohort.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(cohort => (int?)cohort.Order).FirstOrDefault();
}
