using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Finds records that say the same thing twice, across every file given (CL010, reported at the later one, citing
/// the first): activity or allowable costs for the same provider and service line in overlapping periods (the same month twice, or
/// a month and the quarter containing it, would be counted twice); two results for one indicator and period; two
/// counts, spends, costs, expenditures or corridor costs for the same thing in one year; two suspensions of the
/// same item (or of all items) in one year. Rows from every source count alike. Records are looked at as they are
/// checked, batch by batch (<see cref="Report"/>), remembering of those before only what a duplicate needs.
/// </summary>
internal sealed class ActualsDuplicates
{
    private readonly IReadOnlyList<Action<DiagnosticBag>> _sections;

    public ActualsDuplicates(CheckedActuals actuals)
    {
        _sections =
        [
            Overlapping(actuals.Activity, row => (row.Provider, (Id<Domain.Scope.ServiceLine>?)row.ServiceLine), row => row.Period, row => row.Source, "activity", "give one row per period, provider and service line"),
            Overlapping(actuals.AllowableCosts, row => (row.Provider, row.ServiceLine), row => row.Period, row => row.Source, "allowable cost", "give one cost per period, provider and service line"),
            Repeated(actuals.Indicators, result => (result.Indicator, result.Period), result => $"a second result for indicator '{result.Indicator}' in {result.Period.Label}", "one result per indicator and period"),
            Repeated(actuals.Population, count => count.Year, count => $"a second population count for {count.Year.Label}", "one count per year"),
            Repeated(actuals.RiskItems, spend => (spend.Item, spend.Year), spend => $"a second spend for item '{spend.Item}' in {spend.Year.Label}", "one row per item and year"),
            Repeated(actuals.ProviderCosts, cost => (cost.Party, cost.Year), cost => $"a second cost for '{cost.Party}' in {cost.Year.Label}", "one cost per party and year"),
            Repeated(actuals.Benchmarks, actual => (actual.Terms, actual.Year), actual => $"a second expenditure for shared-savings terms '{actual.Terms}' in {actual.Year.Label}", "one row per terms and year"),
            Repeated(actuals.Corridors, actual => (actual.Corridor, actual.Year), actual => $"a second actual cost for corridor '{actual.Corridor}' in {actual.Year.Label}", "one row per corridor and year"),
            Repeated(actuals.Suspensions, decision => (decision.Item?.Value ?? SuspendedItem.AllWord, decision.Year), decision => $"a second suspension of {(decision.Item is { } item ? $"'{item}'" : "all items")} in {decision.Year.Label}", "one decision per item and year"),
        ];
    }

    /// <summary>Reports the duplicates among the records pending in every section, against those before them.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var section in _sections)
        {
            section(diagnostics);
        }
    }

    /// <summary>
    /// Rows for the same provider and service line (none: the provider as a whole) whose periods share a month: the
    /// same month twice, or a month and the quarter containing it, would be counted twice.
    /// </summary>
    private static Action<DiagnosticBag> Overlapping<T>(
        CheckedSection<T> section,
        Func<T, (Id<Domain.Parties.Party> Provider, Id<Domain.Scope.ServiceLine>? Line)> keyOf,
        Func<T, ContractPeriod> periodOf,
        Func<T, SourceRef?> citeOf,
        string what,
        string rule)
        where T : class
    {
        var index = new MonthIndex<(Id<Domain.Parties.Party>, Id<Domain.Scope.ServiceLine>?)>();
        return diagnostics =>
        {
            var start = section.PendingStart;
            for (var offset = 0; offset < section.Pending.Count; offset++)
            {
                var (row, source) = section.Pending[offset];
                var key = keyOf(row);
                var period = periodOf(row);
                var position = index.Add(key, period, start + offset);
                if (position < 0)
                {
                    continue;
                }

                var clash = section.Records[position];
                var first = citeOf(clash);
                var subject = key.Line is { } line ? $"{key.Provider}, {line}" : $"{key.Provider} as a whole";
                var message = periodOf(clash) == period
                    ? $"a second row for {subject} in {period.Label}; the first is at {first}. {char.ToUpperInvariant(rule[0])}{rule[1..]}."
                    : $"{period.Label} for {subject} overlaps {periodOf(clash).Label} at {first}, so the same {what} would be counted twice; give months or the quarter or year that contains them, not both.";
                diagnostics.Error(source.Location, DiagnosticCodes.Duplicate, $"{source.Name}: {message}");
            }
        };
    }

    private static Action<DiagnosticBag> Repeated<T, TKey>(CheckedSection<T> section, Func<T, TKey> keyOf, Func<T, string> describe, string rule)
        where T : notnull
        where TKey : notnull
    {
        var first = new Dictionary<TKey, SourceRef>();
        return diagnostics =>
        {
            foreach (var (record, source) in section.Pending)
            {
                if (first.TryAdd(keyOf(record), source.ToSourceRef()))
                {
                    continue;
                }

                var cited = first[keyOf(record)];
                diagnostics.Error(source.Location, DiagnosticCodes.Duplicate, $"{source.Name}: {describe(record)}; the first is at {cited}. Give {rule}.");
            }
        };
    }
}
