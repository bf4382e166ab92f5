using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// One pass of <see cref="ActualsChecker"/>'s checks over rows that arrive in batches (all at once, or a large table
/// a batch at a time as it is read): each row checked as it comes, duplicates found against every row before it,
/// and only the checked records kept. The same rows give the same findings however they are split into batches.
/// </summary>
internal sealed class RowChecking
{
    private readonly ContractReferences _references;
    private readonly CheckedActuals _checked = new();
    private readonly ActualsDuplicates _duplicates;
    private readonly string _origin;
    private readonly DiagnosticBag _diagnostics;

    // Rows without a source are named by their place in their section among every batch: activity[4].
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public RowChecking(Contract contract, string origin, DiagnosticBag diagnostics)
    {
        _references = new ContractReferences(contract);
        _duplicates = new ActualsDuplicates(_checked);
        _origin = origin;
        _diagnostics = diagnostics;
    }

    public void Check(ActualsRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Each(rows.Activity, ActivityReader.Section.Name, ActivityCheck.Check);
        Each(rows.Indicators, IndicatorResultReader.Section.Name, IndicatorResultCheck.Check);
        Each(rows.Population, PopulationCountReader.Section.Name, PopulationCheck.Check);
        Each(rows.RiskSpend, RiskItemSpendReader.Section.Name, RiskSpendCheck.Check);
        Each(rows.ProviderCosts, ProviderCostReader.Section.Name, ProviderCostCheck.Check);
        Each(rows.AllowableCosts, AllowableCostReader.Section.Name, AllowableCostCheck.Check);
        Each(rows.Benchmarks, BenchmarkReader.Section.Name, BenchmarkCheck.Check);
        Each(rows.CorridorCosts, CorridorCostReader.Section.Name, CorridorCostCheck.Check);
        Each(rows.Suspensions, SuspensionReader.Section.Name, SuspensionCheck.Check);
        _duplicates.Report(_diagnostics);
        _checked.Settle();
    }

    /// <summary>The checked records of every batch; read once every row has been checked.</summary>
    public ContractActuals Finish() => _checked.Build();

    private void Each<TRow>(IReadOnlyList<TRow> section, string name, Action<TRow, RowFindings, ContractReferences, CheckedActuals> check)
        where TRow : ActualsRow
    {
        var before = _positions.GetValueOrDefault(name);
        for (var index = 0; index < section.Count; index++)
        {
            var row = section[index];
            var source = row.Source ?? new RowSource(_origin, FieldPath.Root.Key(name).Item(before + index));
            check(row, new RowFindings(source, _diagnostics, _references), _references, _checked);
        }

        _positions[name] = before + section.Count;
    }
}
