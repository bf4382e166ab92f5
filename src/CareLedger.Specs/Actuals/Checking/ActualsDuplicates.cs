using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Finds records that say the same thing twice, across every file given (CL010, reported at the later one, citing
/// the first): activity for the same provider and service line in overlapping periods (the same month twice, or
/// a month and the quarter containing it, would be counted twice); two results for one indicator and period; two
/// counts, spends, costs, expenditures or corridor costs for the same thing in one year; two suspensions of the
/// same item (or of all items) in one year. Rows from every source count alike.
/// </summary>
internal static class ActualsDuplicates
{
    public static void Report(CheckedActuals actuals, DiagnosticBag diagnostics)
    {
        ReportOverlappingActivity(actuals, diagnostics);
        ReportRepeated(actuals, actuals.Indicators, result => (result.Indicator, result.Period), result => $"a second result for indicator '{result.Indicator}' in {result.Period.Label}", "one result per indicator and period", diagnostics);
        ReportRepeated(actuals, actuals.Population, count => count.Year, count => $"a second population count for {count.Year.Label}", "one count per year", diagnostics);
        ReportRepeated(actuals, actuals.RiskItems, spend => (spend.Item, spend.Year), spend => $"a second spend for item '{spend.Item}' in {spend.Year.Label}", "one row per item and year", diagnostics);
        ReportRepeated(actuals, actuals.ProviderCosts, cost => (cost.Party, cost.Year), cost => $"a second cost for '{cost.Party}' in {cost.Year.Label}", "one cost per party and year", diagnostics);
        ReportRepeated(actuals, actuals.Benchmarks, actual => (actual.Terms, actual.Year), actual => $"a second expenditure for shared-savings terms '{actual.Terms}' in {actual.Year.Label}", "one row per terms and year", diagnostics);
        ReportRepeated(actuals, actuals.Corridors, actual => (actual.Corridor, actual.Year), actual => $"a second actual cost for corridor '{actual.Corridor}' in {actual.Year.Label}", "one row per corridor and year", diagnostics);
        ReportRepeated(actuals, actuals.Suspensions, decision => (decision.Item?.Value ?? SuspendedItem.AllWord, decision.Year), decision => $"a second suspension of {(decision.Item is { } item ? $"'{item}'" : "all items")} in {decision.Year.Label}", "one decision per item and year", diagnostics);
    }

    private static void ReportOverlappingActivity(CheckedActuals actuals, DiagnosticBag diagnostics)
    {
        var rows = actuals.Activity;
        var seen = new Dictionary<(Id<Domain.Parties.Party>, Id<Domain.Scope.ServiceLine>), List<(ActivityActual Row, HashSet<YearMonth> Months)>>();
        foreach (var row in rows)
        {
            var key = (row.Provider, row.ServiceLine);
            if (!seen.TryGetValue(key, out var earlier))
            {
                earlier = [];
                seen[key] = earlier;
            }

            var months = row.Period.CoveredMonths().ToHashSet();
            var clash = earlier.FirstOrDefault(other => other.Months.Overlaps(months)).Row;
            if (clash is not null)
            {
                var first = actuals.SourceOf(clash).ToSourceRef();
                var what = clash.Period == row.Period
                    ? $"a second row for {row.Provider}, {row.ServiceLine} in {row.Period.Label}; the first is at {first}. Give one row per period, provider and service line."
                    : $"{row.Period.Label} for {row.Provider}, {row.ServiceLine} overlaps {clash.Period.Label} at {first}, so the same activity would be counted twice; give months or the quarter or year that contains them, not both.";
                var source = actuals.SourceOf(row);
                diagnostics.Error(source.Location, DiagnosticCodes.Duplicate, $"{source.Name}: {what}");
            }

            earlier.Add((row, months));
        }
    }

    private static void ReportRepeated<T, TKey>(CheckedActuals actuals, IReadOnlyList<T> records, Func<T, TKey> keyOf, Func<T, string> describe, string rule, DiagnosticBag diagnostics)
        where T : notnull
        where TKey : notnull
    {
        var first = new Dictionary<TKey, T>();
        foreach (var record in records)
        {
            if (first.TryAdd(keyOf(record), record))
            {
                continue;
            }

            var source = actuals.SourceOf(record);
            var cited = actuals.SourceOf(first[keyOf(record)]).ToSourceRef();
            diagnostics.Error(source.Location, DiagnosticCodes.Duplicate, $"{source.Name}: {describe(record)}; the first is at {cited}. Give {rule}.");
        }
    }
}
