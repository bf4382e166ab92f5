namespace CareLedger.Specs.Actuals;

/// <summary>The sections of the actuals format (docs/actuals-spec.md), in the order the reference lists them.</summary>
internal static class ActualsSections
{
    public static IReadOnlyList<ActualsSection> All { get; } =
    [
        ActivityReader.Section,
        IndicatorResultReader.Section,
        PopulationCountReader.Section,
        RiskItemSpendReader.Section,
        ProviderCostReader.Section,
        AllowableCostReader.Section,
        BenchmarkReader.Section,
        CorridorCostReader.Section,
        SuspensionReader.Section,
    ];
}
