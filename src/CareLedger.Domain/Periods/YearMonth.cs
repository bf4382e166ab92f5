using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CareLedger.Domain.Periods;

/// <summary>A calendar month such as April 2016, written <c>2016-04</c>. The default value is January of year 1.</summary>
public readonly struct YearMonth : IEquatable<YearMonth>, IComparable<YearMonth>
{
    // Months since January of year 1; keeping one field makes ordering and arithmetic trivial.
    private readonly int _index;

    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        }

        _index = ((year - 1) * 12) + (month - 1);
    }

    public int Year => (_index / 12) + 1;

    public int Month => (_index % 12) + 1;

    public YearMonth AddMonths(int months)
    {
        var index = _index + months;
        return new YearMonth((index / 12) + 1, (index % 12) + 1);
    }

    /// <summary>Whole months from this month to a later one: April to the next March is 11.</summary>
    public int MonthsUntil(YearMonth later) => later._index - _index;

    /// <summary>Reads <c>2016-04</c>.</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month such as 2016-04.");

    public bool Equals(YearMonth other) => _index == other._index;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is YearMonth other && Equals(other);

    public override int GetHashCode() => _index;

    public int CompareTo(YearMonth other) => _index.CompareTo(other._index);

    public static bool operator ==(YearMonth left, YearMonth right) => left.Equals(right);

    public static bool operator !=(YearMonth left, YearMonth right) => !left.Equals(right);

    public static bool operator <(YearMonth left, YearMonth right) => left._index < right._index;

    public static bool operator >(YearMonth left, YearMonth right) => left._index > right._index;

    public static bool operator <=(YearMonth left, YearMonth right) => left._index <= right._index;

    public static bool operator >=(YearMonth left, YearMonth right) => left._index >= right._index;

    public override string ToString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>e.g. <c>Apr 2016</c>, for readable output.</summary>
    public string ToDisplayString() =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(Month) + " " + Year.ToString(CultureInfo.InvariantCulture);
}
