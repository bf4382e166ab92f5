using CareLedger.Domain.Actuals;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// The records the checks built, section by section in the order of their rows, each remembering the row it came
/// from so that a record given twice is reported where its row was written.
/// </summary>
internal sealed class CheckedActuals
{
    // By identity: two equal records from two rows are two places.
    private readonly Dictionary<object, RowSource> _sources = new(ReferenceEqualityComparer.Instance);

    public List<ActivityActual> Activity { get; } = [];

    public List<IndicatorResult> Indicators { get; } = [];

    public List<PopulationActual> Population { get; } = [];

    public List<RiskItemActual> RiskItems { get; } = [];

    public List<ProviderCostActual> ProviderCosts { get; } = [];

    public List<AllowableCostActual> AllowableCosts { get; } = [];

    public List<BenchmarkActual> Benchmarks { get; } = [];

    public List<CorridorActual> Corridors { get; } = [];

    public List<Suspension> Suspensions { get; } = [];

    public void Add<T>(List<T> section, T record, RowSource source)
        where T : notnull
    {
        section.Add(record);
        _sources[record] = source;
    }

    public RowSource SourceOf(object record) => _sources[record];

    public ContractActuals Build() => new(
        [.. Activity],
        [.. Indicators],
        [.. Population],
        [.. RiskItems],
        [.. ProviderCosts],
        [.. Benchmarks],
        [.. Corridors],
        [.. Suspensions],
        [.. AllowableCosts]);
}
