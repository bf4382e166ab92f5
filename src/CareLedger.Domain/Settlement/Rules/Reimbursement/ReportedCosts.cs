using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Reimbursement;

/// <summary>
/// The allowable costs one provider reported in a year under one set of cost-reimbursement terms: rows for a line
/// the terms cover, or for the provider as a whole when the terms name no lines. A cost is reimbursed in the in-year
/// statement in which its period ends (a month's in that month, a quarter's in the quarter's last month), and a
/// year's at the year end.
/// </summary>
internal sealed class ReportedCosts
{
    // A cost reported for the whole year is not known month by month, so only the year end reimburses it.
    private const int YearEndOnly = 13;

    private readonly (AllowableCostActual Row, int End)[] _rows;

    private ReportedCosts((AllowableCostActual Row, int End)[] rows, Currency currency)
    {
        _rows = rows;
        Currency = currency;
    }

    public Currency Currency { get; }

    public IEnumerable<AllowableCostActual> Rows => _rows.Select(entry => entry.Row);

    public bool IsEmpty => _rows.Length == 0;

    public static ReportedCosts Of(IEnumerable<AllowableCostActual> costs, CostReimbursementTerms terms, Id<Party> provider, ContractYear year, Currency currency) =>
        new(
            costs
                .Where(row => row.Provider == provider && row.Period.Year.Number == year.Number && IsCovered(row, terms, year))
                .Select(row => (row, row.Period.Kind == PeriodKind.Year ? YearEndOnly : End(row.Period)))
                .ToArray(),
            currency);

    /// <summary>Whether the terms reimburse a row: its line is in scope, or it has none and the terms name no lines.</summary>
    public static bool IsCovered(AllowableCostActual row, CostReimbursementTerms terms, ContractYear year) =>
        row.ServiceLine is { } line ? terms.Covers(row.Provider, line, year) : terms.CoversWholeProvider(row.Provider, year);

    /// <summary>Every cost of the year.</summary>
    public Money Total => Sum(_ => true);

    /// <summary>The costs whose periods end by the start of <paramref name="period"/>: already reimbursed on account.</summary>
    public Money Before(ContractPeriod period) => Sum(end => end <= ActivityIndex.MonthsOf(period).First);

    /// <summary>The costs whose periods end by the end of <paramref name="period"/>.</summary>
    public Money Through(ContractPeriod period) => Sum(end => end <= End(period));

    /// <summary>The rows whose periods end inside <paramref name="period"/>: the ones it reimburses.</summary>
    public IEnumerable<AllowableCostActual> EndingIn(ContractPeriod period)
    {
        var (first, _) = ActivityIndex.MonthsOf(period);
        var end = End(period);
        return _rows.Where(entry => entry.End > first && entry.End <= end).Select(entry => entry.Row);
    }

    /// <summary>The month a period ends after, counted from the year's first month (12 for the year).</summary>
    private static int End(ContractPeriod period)
    {
        var (first, count) = ActivityIndex.MonthsOf(period);
        return first + count;
    }

    private Money Sum(Func<int, bool> ends)
    {
        var total = Money.Zero(Currency);
        foreach (var (row, end) in _rows)
        {
            if (ends(end))
            {
                total += row.Amount;
            }
        }

        return total;
    }
}
