using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// The year-end true-up: settles each in-year period of the year (months or quarters, as the fixed element is
/// paid) and deducts, per party, counterparty and element, what those statements paid. A year statement's total
/// is then the balance due, and the months plus the year add up to the year's entitlement exactly.
/// </summary>
internal static class OnAccount
{
    public static IReadOnlyList<ContractPeriod> InYearPeriods(InstalmentSchedule schedule, ContractYear year) => schedule.Frequency switch
    {
        InstalmentFrequency.Monthly => year.Months(),
        InstalmentFrequency.Quarterly => year.Quarters(),
        _ => [],
    };

    public static void Deduct(SettlementContext yearContext, IReadOnlyList<(ContractPeriod Period, IReadOnlyList<StatementLine> Lines)> inYear)
    {
        if (inYear.Count == 0)
        {
            return;
        }

        var currency = yearContext.Currency;
        var groups = inYear
            .SelectMany(statement => statement.Lines.Select(line => (statement.Period, Line: line)))
            .GroupBy(item => (item.Line.Party, item.Line.Counterparty, item.Line.Element));
        foreach (var group in groups)
        {
            var paid = Money.Sum(group.Select(item => item.Line.Amount), currency);
            if (paid.IsZero)
            {
                continue;
            }

            var periods = group.Select(item => item.Period.Label).Distinct().ToArray();
            var (party, counterparty, element) = group.Key;
            var items = group.ToArray();
            yearContext.AddOnAccount(
                party,
                counterparty,
                element,
                -paid,
                $"Paid on account in {Describe(periods)}",
                () => Explain(items, paid, element));
        }
    }

    private static string Describe(string[] periods) =>
        periods.Length == 1 ? periods[0] : $"{periods.Length} statements, {periods[0]} to {periods[^1]}";

    private static Explanation Explain((ContractPeriod Period, StatementLine Line)[] items, Money paid, StatementElement element)
    {
        var builder = new ExplanationBuilder("on-account", $"the {element.ToSpecName()} already paid in the year's in-year statements, deducted from the year's entitlement");
        foreach (var (period, line) in items)
        {
            builder.Step($"{period.Label}: {line.Reason}", line.Amount);
        }

        return builder.Step("paid on account", paid).Result(-paid);
    }

    /// <summary>The parties whose lines an in-year settlement produced, for the true-up.</summary>
    public static IEnumerable<Id<Party>> PartiesOf(IEnumerable<StatementLine> lines) => lines.Select(line => line.Party).Distinct();
}
