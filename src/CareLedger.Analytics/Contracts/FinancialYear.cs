using System.Globalization;
using System.Text.RegularExpressions;

namespace CareLedger.Analytics.Contracts;

/// <summary>
/// An NHS financial year, April to March, labelled as contracts label their years (<c>2023/24</c>). Its months are
/// the contract months <c>2023/24-M01</c> (April) to <c>-M12</c> (March). The default value is 0000/01, which no
/// store holds.
/// </summary>
public readonly partial record struct FinancialYear(int StartYear)
{
    public DateOnly First => new(StartYear, 4, 1);

    public DateOnly Last => new(StartYear + 1, 3, 31);

    public string Label => $"{StartYear}/{(StartYear + 1) % 100:00}";

    public FinancialYear Previous => new(StartYear - 1);

    public FinancialYear Next => new(StartYear + 1);

    /// <summary>The financial year a date falls in.</summary>
    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The contract month label of a date in this year: April is M01.</summary>
    public string MonthLabel(int calendarMonth) => $"{Label}-M{(calendarMonth + 8) % 12 + 1:00}";

    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        var match = text is null ? null : Label_().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) != (start + 1) % 100 || start < 1900)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    public override string ToString() => Label;

    [GeneratedRegex(@"^(\d{4})/(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Label_();
}
