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
        var checking = new RowChecking(contract, origin, diagnostics);
        checking.Check(rows);
        return checking.Finish();
    }
}
