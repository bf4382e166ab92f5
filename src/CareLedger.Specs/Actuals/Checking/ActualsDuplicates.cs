using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Finds records that say the same thing twice, across every file given (CL010, reported at the later one, citing
/// the first): activity or allowable costs for the same provider and service line in overlapping periods (the same month twice, or
/// a month and the quarter containing it, would be counted twice); two results for one indicator and period; two
/// counts, spends, costs, expenditures or corridor costs for the same thing in one year; two suspensions of the
/// same item (or of all items) in one year. Rows from every source count alike.
/// </summary>
internal static class ActualsDuplicates
{
    public static void Report(CheckedActuals actuals, DiagnosticBag diagnostics)
    {
        ReportOverlapping(actuals, actuals.Activity, row => (row.Provider, (Id<Domain.Scope.ServiceLine>?)row.ServiceLine), row => row.Period, "activity", "give one row per period, provider and service line", diagnostics);
        ReportOverlapping(actuals, actuals.AllowableCosts, row => (row.Provider, row.ServiceLine), row => row.Period, "allowable cost", "give one cost per period, provider and service line", diagnostics);
        ReportRepeated(actuals, actuals.Indicators, result => (result.Indicator, result.Period), result => $"a second result for indicator '{result.Indicator}' in {result.Period.Label}", "one result per indicator and period", diagnostics);
        ReportRepeated(actuals, actuals.Population, count => count.Year, count => $"a second population count for {count.Year.Label}", "one count per year", diagnostics);
        ReportRepeated(actuals, actuals.RiskItems, spend => (spend.Item, spend.Year), spend => $"a second spend for item '{spend.Item}' in {spend.Year.Label}", "one row per item and year", diagnostics);
        ReportRepeated(actuals, actuals.ProviderCosts, cost => (cost.Party, cost.Year), cost => $"a second cost for '{cost.Party}' in {cost.Year.Label}", "one cost per party and year", diagnostics);
        ReportRepeated(actuals, actuals.Benchmarks, actual => (actual.Terms, actual.Year), actual => $"a second expenditure for shared-savings terms '{actual.Terms}' in {actual.Year.Label}", "one row per terms and year", diagnostics);
        ReportRepeated(actuals, actuals.Corridors, actual => (actual.Corridor, actual.Year), actual => $"a second actual cost for corridor '{actual.Corridor}' in {actual.Year.Label}", "one row per corridor and year", diagnostics);
        ReportRepeated(actuals, actuals.Suspensions, decision => (decision.Item?.Value ?? SuspendedItem.AllWord, decision.Year), decision => $"a second suspension of {(decision.Item is { } item ? $"'{item}'" : "all items")} in {decision.Year.Label}", "one decision per item and year", diagnostics);
    }

    /// <summary>
    /// Rows for the same provider and service line (none: the provider as a whole) whose periods share a month: the
    /// same month twice, or a month and the quarter containing it, would be counted twice.
    /// </summary>
    private static void ReportOverlapping<T>(
        CheckedActuals actuals,
        IReadOnlyList<T> rows,
        Func<T, (Id<Domain.Parties.Party> Provider, Id<Domain.Scope.ServiceLine>? Line)> keyOf,
        Func<T, ContractPeriod> periodOf,
        string what,
        string rule,
        DiagnosticBag diagnostics)
        where T : class
    {
        var seen = new Dictionary<(Id<Domain.Parties.Party>, Id<Domain.Scope.ServiceLine>?), List<(T Row, HashSet<YearMonth> Months)>>();
        foreach (var row in rows)
        {
            var key = keyOf(row);
            if (!seen.TryGetValue(key, out var earlier))
            {
                earlier = [];
                seen[key] = earlier;
            }

            var period = periodOf(row);
            var months = period.CoveredMonths().ToHashSet();
            var clash = earlier.FirstOrDefault(other => other.Months.Overlaps(months)).Row;
            if (clash is not null)
            {
                var first = actuals.SourceOf(clash).ToSourceRef();
                var subject = key.Line is { } line ? $"{key.Provider}, {line}" : $"{key.Provider} as a whole";
                var message = periodOf(clash) == period
                    ? $"a second row for {subject} in {period.Label}; the first is at {first}. {char.ToUpperInvariant(rule[0])}{rule[1..]}."
                    : $"{period.Label} for {subject} overlaps {periodOf(clash).Label} at {first}, so the same {what} would be counted twice; give months or the quarter or year that contains them, not both.";
                var source = actuals.SourceOf(row);
                diagnostics.Error(source.Location, DiagnosticCodes.Duplicate, $"{source.Name}: {message}");
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
