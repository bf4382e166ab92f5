using CareLedger.Domain.Actuals;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// The records the checks built, section by section in the order of their rows, each section keeping the sources of
/// its newest rows beside them (<see cref="CheckedSection{T}"/>) so that a record given twice is reported where its
/// row was written. Activity, which can run to millions of rows, is kept compactly (<see cref="ActivityStore"/>).
/// </summary>
internal sealed class CheckedActuals
{
    public CheckedSection<ActivityActual> Activity { get; } = new(new ActivityStore());

    public CheckedSection<IndicatorResult> Indicators { get; } = new();

    public CheckedSection<PopulationActual> Population { get; } = new();

    public CheckedSection<RiskItemActual> RiskItems { get; } = new();

    public CheckedSection<ProviderCostActual> ProviderCosts { get; } = new();

    public CheckedSection<AllowableCostActual> AllowableCosts { get; } = new();

    public CheckedSection<BenchmarkActual> Benchmarks { get; } = new();

    public CheckedSection<CorridorActual> Corridors { get; } = new();

    public CheckedSection<Suspension> Suspensions { get; } = new();

    /// <summary>Lets go of every section's pending sources.</summary>
    public void Settle()
    {
        Activity.Settle();
        Indicators.Settle();
        Population.Settle();
        RiskItems.Settle();
        ProviderCosts.Settle();
        AllowableCosts.Settle();
        Benchmarks.Settle();
        Corridors.Settle();
        Suspensions.Settle();
    }

    // Activity is handed over as it is kept (it is not added to afterwards); the other sections are copied.
    public ContractActuals Build() => new(
        Activity.Records,
        [.. Indicators.Records],
        [.. Population.Records],
        [.. RiskItems.Records],
        [.. ProviderCosts.Records],
        [.. Benchmarks.Records],
        [.. Corridors.Records],
        [.. Suspensions.Records],
        [.. AllowableCosts.Records]);
}
