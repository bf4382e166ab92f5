using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Actuals.Checking;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Checks rows of actuals against the contract they are to be settled with, whatever their source: ids it defines,
/// periods in its term, the right kind of result for each indicator, no negative figures, amounts in its currency,
/// what its terms require, and nothing given twice (docs/actuals-spec.md). The YAML and CSV readers parse files into
/// <see cref="ActualsRows"/> and call this; an API, a database or an analytics import calls it the same way, so
/// the same bad row gives the same finding however it arrived. All or nothing: the actuals come back only when no
/// row has an error, and every problem is reported in one pass.
/// </summary>
public static class ActualsChecker
{
    /// <param name="origin">Where rows without a <see cref="ActualsRow.Source"/> came from (a request, an import); the
    /// file of their findings, which name each such row by its section and position, e.g. <c>activity[4]</c>.</param>
    public static LoadedActuals Check(Contract contract, ActualsRows rows, string origin = "actuals")
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(origin);
        var diagnostics = new DiagnosticBag();
        var actuals = Check(contract, rows, origin, diagnostics);
        return new LoadedActuals(diagnostics.HasErrors ? null : actuals, diagnostics.InFileOrder([origin]));
    }

    internal static ContractActuals Check(Contract contract, ActualsRows rows, string origin, DiagnosticBag diagnostics)
    {
        var references = new ContractReferences(contract);
        var into = new CheckedActuals();
        void Each<TRow>(IReadOnlyList<TRow> section, string name, Action<TRow, RowFindings, ContractReferences, CheckedActuals> check)
            where TRow : ActualsRow
        {
            for (var index = 0; index < section.Count; index++)
            {
                var row = section[index];
                var source = row.Source ?? new RowSource(origin, FieldPath.Root.Key(name).Item(index));
                check(row, new RowFindings(source, diagnostics, references), references, into);
            }
        }

        Each(rows.Activity, ActivityReader.Section.Name, ActivityCheck.Check);
        Each(rows.Indicators, IndicatorResultReader.Section.Name, IndicatorResultCheck.Check);
        Each(rows.Population, PopulationCountReader.Section.Name, PopulationCheck.Check);
        Each(rows.RiskSpend, RiskItemSpendReader.Section.Name, RiskSpendCheck.Check);
        Each(rows.ProviderCosts, ProviderCostReader.Section.Name, ProviderCostCheck.Check);
        Each(rows.AllowableCosts, AllowableCostReader.Section.Name, AllowableCostCheck.Check);
        Each(rows.Benchmarks, BenchmarkReader.Section.Name, BenchmarkCheck.Check);
        Each(rows.CorridorCosts, CorridorCostReader.Section.Name, CorridorCostCheck.Check);
        Each(rows.Suspensions, SuspensionReader.Section.Name, SuspensionCheck.Check);
        ActualsDuplicates.Report(into, diagnostics);
        return into.Build();
    }
}
