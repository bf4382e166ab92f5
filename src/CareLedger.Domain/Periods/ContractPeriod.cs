using System.Globalization;

namespace CareLedger.Domain.Periods;

/// <summary>
/// A year, quarter or month of a contract: <c>2016/17</c>, <c>2016/17-Q1</c> or <c>2016/17-M01</c>.
/// Quarters and months are numbered from the contract year's start, so Q1 of an April year is April–June.
/// </summary>
public sealed record ContractPeriod
{
    internal ContractPeriod(ContractYear year, PeriodKind kind, int number)
    {
        Year = year;
        Kind = kind;
        Number = number;
        CoveredMonthCount = CoveredMonths().Count();
        Label = LabelOf(year, kind, number);
    }

    public ContractYear Year { get; }

    public PeriodKind Kind { get; }

    /// <summary>Quarter 1–4 or month 1–12 within the year; 1 for a year.</summary>
    public int Number { get; }

    /// <summary>How many months of this period fall inside the term: 3 for a whole quarter, fewer at the term's edges.</summary>
    public int CoveredMonthCount { get; }

    /// <summary>e.g. <c>2016/17-M01</c>; worked out once, since statements print it on every line.</summary>
    public string Label { get; }

    private static string LabelOf(ContractYear year, PeriodKind kind, int number) => kind switch
    {
        PeriodKind.Year => year.Label,
        PeriodKind.Quarter => year.Label + "-Q" + number.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Month => year.Label + "-M" + number.ToString("D2", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>The calendar months of this period that fall inside the term (possibly none for a month outside it).</summary>
    public IEnumerable<YearMonth> CoveredMonths()
    {
        var (first, count) = Kind switch
        {
            PeriodKind.Year => (Year.Anchor, 12),
            PeriodKind.Quarter => (Year.Anchor.AddMonths((Number - 1) * 3), 3),
            _ => (Year.Anchor.AddMonths(Number - 1), 1),
        };

        for (var i = 0; i < count; i++)
        {
            var month = first.AddMonths(i);
            if (Year.Covers(month))
            {
                yield return month;
            }
        }
    }

    public override string ToString() => Label;
}
