namespace CareLedger.Specs.Actuals;

/// <summary>
/// The rows parsed from one file, section by section, in the order written. A reader of a long table hands them on
/// in batches (<see cref="FlushWhenFull"/>) to be checked as they come, so the rows of a large file are never all
/// held at once; the rest go with <see cref="Flush"/> when the file is read.
/// </summary>
internal sealed class ActualsBuilder(Action<ActualsRows> onBatch)
{
    /// <summary>
    /// Rows held before they are handed on. Small on purpose: a batch's rows (cells, sources, parsed values, a
    /// kilobyte or two a row) then die young, in the collector's cheapest generation; batches of 50,000 lived long
    /// enough to be promoted and made a million-row import spend most of its time collecting them.
    /// </summary>
    public const int BatchSize = 1_000;

    public List<ActivityRow> Activity { get; } = [];

    public List<IndicatorResultRow> Indicators { get; } = [];

    public List<PopulationRow> Population { get; } = [];

    public List<RiskSpendRow> RiskSpend { get; } = [];

    public List<ProviderCostRow> ProviderCosts { get; } = [];

    public List<AllowableCostRow> AllowableCosts { get; } = [];

    public List<BenchmarkRow> Benchmarks { get; } = [];

    public List<CorridorCostRow> CorridorCosts { get; } = [];

    public List<SuspensionRow> Suspensions { get; } = [];

    private int Count =>
        Activity.Count + Indicators.Count + Population.Count + RiskSpend.Count + ProviderCosts.Count
        + AllowableCosts.Count + Benchmarks.Count + CorridorCosts.Count + Suspensions.Count;

    /// <summary>Hands the rows on once a batch is full.</summary>
    public void FlushWhenFull()
    {
        if (Count >= BatchSize)
        {
            Flush();
        }
    }

    /// <summary>Hands on the rows held, if any, and starts the next batch.</summary>
    public void Flush()
    {
        if (Count == 0)
        {
            return;
        }

        var batch = new ActualsRows
        {
            Activity = [.. Activity],
            Indicators = [.. Indicators],
            Population = [.. Population],
            RiskSpend = [.. RiskSpend],
            ProviderCosts = [.. ProviderCosts],
            AllowableCosts = [.. AllowableCosts],
            Benchmarks = [.. Benchmarks],
            CorridorCosts = [.. CorridorCosts],
            Suspensions = [.. Suspensions],
        };
        Activity.Clear();
        Indicators.Clear();
        Population.Clear();
        RiskSpend.Clear();
        ProviderCosts.Clear();
        AllowableCosts.Clear();
        Benchmarks.Clear();
        CorridorCosts.Clear();
        Suspensions.Clear();
        onBatch(batch);
    }
}
