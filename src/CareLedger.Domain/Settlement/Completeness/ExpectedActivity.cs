using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement.Rules.RiskReward;

namespace CareLedger.Domain.Settlement.Completeness;

/// <summary>
/// The activity a mechanism priced on activity needs: for every budget cell in its scope (a provider and a service
/// line the baseline spends on), a row covering each month of the period. A provider with no cell in scope has no
/// plan to vary from, so nothing is expected of it.
/// </summary>
internal static class ExpectedActivity
{
    public static IEnumerable<MissingActual> Missing(SettlementContext context, CellScope scope, IReadOnlyCollection<Id<Party>>? providers, string neededFor, SourceRef? neededBy)
    {
        var cells = context.Contract.Baseline.Cells
            .Where(cell => scope.Matches(cell.ServiceLine, cell.Provider) && (providers is null || providers.Contains(cell.Provider)))
            .Select(cell => (cell.Provider, cell.ServiceLine))
            .Distinct();
        foreach (var (provider, line) in cells)
        {
            var reported = context.Actuals.Activity
                .Where(row => row.Provider == provider && row.ServiceLine == line)
                .Select(row => row.Period);
            var months = ReportedMonths.NotCovered(context.Period, reported);
            if (months.Length > 0)
            {
                yield return new MissingActual("activity", $"activity of {context.Contract.NameOf(provider)} ({provider}) on {line}", months, neededFor, neededBy);
            }
        }
    }
}
