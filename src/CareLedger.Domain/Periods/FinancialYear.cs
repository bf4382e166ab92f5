using System.Diagnostics.CodeAnalysis;

namespace CareLedger.Domain.Periods;

/// <summary>
/// Twelve months from a year-start month, labelled the way contract years are: <c>2015/16</c>, or <c>2015</c> for
/// years starting in January. Unlike a <see cref="ContractYear"/> it need not lie inside a term: a baseline is often
/// the spend of the year before a contract starts. The default value is the year starting January of year 1,
/// labelled <c>0001</c>.
/// </summary>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    public FinancialYear(YearMonth start) => Start = start;

    /// <summary>The first month of the year.</summary>
    public YearMonth Start { get; }

    /// <summary>e.g. <c>2015/16</c> for a year starting April 2015, <c>2015</c> for one starting January 2015.</summary>
    public string Label => ContractYear.LabelFor(Start);

    /// <summary>The same twelve months as a contract year, whether or not the term covers all of them.</summary>
    public static FinancialYear Of(ContractYear year) => new(year.Anchor);

    /// <summary>True when the month is one of the year's twelve.</summary>
    public bool Contains(YearMonth month) => month >= Start && Start.MonthsUntil(month) < 12;

    public bool Equals(FinancialYear other) => Start == other.Start;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FinancialYear other && Equals(other);

    public override int GetHashCode() => Start.GetHashCode();

    /// <summary>Earlier years first: ordered by their first month.</summary>
    public int CompareTo(FinancialYear other) => Start.CompareTo(other.Start);

    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    public static bool operator <(FinancialYear left, FinancialYear right) => left.Start < right.Start;

    public static bool operator >(FinancialYear left, FinancialYear right) => left.Start > right.Start;

    public static bool operator <=(FinancialYear left, FinancialYear right) => left.Start <= right.Start;

    public static bool operator >=(FinancialYear left, FinancialYear right) => left.Start >= right.Start;

    public override string ToString() => Label;
}
