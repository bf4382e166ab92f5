using System.Globalization;

namespace CareLedger.Domain.Periods;

/// <summary>
/// One contract year: twelve months from the contract's year-start month, labelled <c>2016/17</c> (or <c>2014</c>
/// when years start in January). A year the term only partly covers — a contract starting in October whose years
/// run April to March, or a term of 3½ years — has fewer than twelve <see cref="CoveredMonths"/>.
/// </summary>
public sealed record ContractYear
{
    // Built on first use and kept: budgets and settlements ask for them for every provider.
    private ContractPeriod[]? _quarters;
    private ContractPeriod[]? _months;
    private long[]? _quarterWeights;
    private long[]? _monthWeights;

    internal ContractYear(int number, YearMonth anchor, YearMonth firstCovered, int coveredMonths)
    {
        Number = number;
        Anchor = anchor;
        FirstCovered = firstCovered;
        CoveredMonths = coveredMonths;
        Label = LabelFor(anchor);
    }

    /// <summary>1 for the first contract year.</summary>
    public int Number { get; }

    /// <summary>The month the full year starts, covered or not.</summary>
    public YearMonth Anchor { get; }

    /// <summary>The first month of this year inside the term.</summary>
    public YearMonth FirstCovered { get; }

    /// <summary>Months of this year inside the term, 1 to 12.</summary>
    public int CoveredMonths { get; }

    public bool IsPartial => CoveredMonths < 12;

    public string Label { get; }

    /// <summary>True when the month falls within the part of this year the term covers.</summary>
    public bool Covers(YearMonth month) => month >= FirstCovered && month < FirstCovered.AddMonths(CoveredMonths);

    /// <summary>Months 1–12 of the full year, counting from the anchor.</summary>
    public int MonthNumberOf(YearMonth month) => Anchor.MonthsUntil(month) + 1;

    public ContractPeriod AsPeriod() => new(this, PeriodKind.Year, 1);

    /// <summary>The quarters of this year that the term covers, at least in part.</summary>
    public IReadOnlyList<ContractPeriod> Quarters() =>
        _quarters ??= Enumerable.Range(1, 4).Select(q => new ContractPeriod(this, PeriodKind.Quarter, q)).Where(p => p.CoveredMonthCount > 0).ToArray();

    /// <summary>The months of this year that the term covers.</summary>
    public IReadOnlyList<ContractPeriod> Months() =>
        _months ??= Enumerable.Range(1, 12).Select(m => new ContractPeriod(this, PeriodKind.Month, m)).Where(p => p.CoveredMonthCount > 0).ToArray();

    /// <summary>Months the term covers in each of <see cref="Quarters"/>: the weights for splitting a year by quarter.</summary>
    internal long[] QuarterWeights => _quarterWeights ??= Quarters().Select(quarter => (long)quarter.CoveredMonthCount).ToArray();

    /// <summary>One per covered month: the weights for splitting a year by month.</summary>
    internal long[] MonthWeights => _monthWeights ??= Months().Select(month => (long)month.CoveredMonthCount).ToArray();

    public static string LabelFor(YearMonth anchor)
    {
        var year = anchor.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (anchor.Month == 1)
        {
            return year;
        }

        var next = ((anchor.Year + 1) % 100).ToString("D2", CultureInfo.InvariantCulture);
        return year + "/" + next;
    }

    /// <summary>Equal when they are the same span of the same contract calendar; the cached periods do not count.</summary>
    public bool Equals(ContractYear? other) =>
        other is not null && Number == other.Number && Anchor == other.Anchor && FirstCovered == other.FirstCovered && CoveredMonths == other.CoveredMonths;

    public override int GetHashCode() => HashCode.Combine(Number, Anchor, FirstCovered, CoveredMonths);

    public override string ToString() => Label;
}
