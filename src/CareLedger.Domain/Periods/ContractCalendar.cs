using System.Globalization;
using System.Text.RegularExpressions;

namespace CareLedger.Domain.Periods;

/// <summary>
/// The contract's years, quarters and months, and the reading of period labels. Years start in
/// <see cref="YearStartMonth"/> (April for UK financial years); the term can start in any month, so the
/// first and last years may be partial.
/// </summary>
public sealed partial class ContractCalendar
{
    private readonly ContractYear[] _years;

    public ContractCalendar(YearMonth start, int termMonths, int yearStartMonth)
    {
        if (termMonths <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(termMonths), termMonths, "A term lasts at least one month.");
        }

        if (yearStartMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(yearStartMonth), yearStartMonth, "Year start month must be 1 to 12.");
        }

        Start = start;
        TermMonths = termMonths;
        YearStartMonth = yearStartMonth;
        _years = BuildYears(start, start.AddMonths(termMonths), yearStartMonth);
    }

    public YearMonth Start { get; }

    public int TermMonths { get; }

    /// <summary>The month after the last month of the term.</summary>
    public YearMonth End => Start.AddMonths(TermMonths);

    public int YearStartMonth { get; }

    public IReadOnlyList<ContractYear> Years => _years;

    public ContractYear YearContaining(YearMonth month) =>
        _years.FirstOrDefault(year => year.Covers(month))
        ?? throw new ArgumentOutOfRangeException(nameof(month), month, "The month is outside the contract term.");

    /// <summary>
    /// Reads a year, quarter or month label. On failure, <paramref name="error"/> says what is wrong in words a
    /// contract author can act on.
    /// </summary>
    public bool TryParse(string? label, out ContractPeriod? period, out string error)
    {
        period = null;
        error = string.Empty;
        var match = label is null ? null : LabelPattern().Match(label.Trim());
        if (match is null || !match.Success)
        {
            error = $"'{label}' is not a contract period; write a year as {Example(PeriodKind.Year)}, a quarter as {Example(PeriodKind.Quarter)} or a month as {Example(PeriodKind.Month)}.";
            return false;
        }

        var yearLabel = YearLabel(match);
        if (!IsWrittenAsLabelled(match, yearLabel, out error))
        {
            return false;
        }

        var year = _years.FirstOrDefault(candidate => candidate.Label == yearLabel);
        if (year is null)
        {
            error = $"'{yearLabel}' is outside the contract term ({_years[0].Label} to {_years[^1].Label}).";
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            period = new ContractPeriod(year, PeriodKind.Quarter, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }
        else if (match.Groups["month"].Success)
        {
            period = new ContractPeriod(year, PeriodKind.Month, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture));
        }
        else
        {
            period = new ContractPeriod(year, PeriodKind.Year, 1);
        }

        if (period.Kind != PeriodKind.Year && !period.CoveredMonths().Any())
        {
            error = $"'{period.Label}' falls outside the contract term, which runs {Start.ToDisplayString()} to {End.AddMonths(-1).ToDisplayString()}.";
            period = null;
            return false;
        }

        return true;
    }

    public bool TryParseYear(string? label, out ContractYear? year, out string error)
    {
        year = null;
        if (!TryParse(label, out var period, out error))
        {
            return false;
        }

        if (period!.Kind != PeriodKind.Year)
        {
            error = $"'{label}' is a {period.Kind.ToString().ToLowerInvariant()}; a contract year such as {Example(PeriodKind.Year)} is needed here.";
            return false;
        }

        year = period.Year;
        return true;
    }

    /// <summary>
    /// Reads a year label such as <c>2015/16</c> as the twelve months it names in this calendar, inside the term or
    /// not (a baseline year is often the one before the term). Quarters and months are not years.
    /// </summary>
    public bool TryParseFinancialYear(string? label, out FinancialYear year, out string error)
    {
        year = default;
        error = string.Empty;
        var match = label is null ? null : LabelPattern().Match(label.Trim());
        if (match is null || !match.Success || match.Groups["quarter"].Success || match.Groups["month"].Success
            || int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) < 1)
        {
            error = $"'{label?.Trim()}' is not a year; write it as {Example(PeriodKind.Year)}.";
            return false;
        }

        if (!IsWrittenAsLabelled(match, YearLabel(match), out error))
        {
            return false;
        }

        year = new FinancialYear(new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), YearStartMonth));
        return true;
    }

    // The label this calendar gives the year whose first part is written: 2016/17 for "2016/17", "2016/18" or "2016".
    private string YearLabel(Match match)
    {
        var startYear = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return YearStartMonth == 1
            ? startYear.ToString("D4", CultureInfo.InvariantCulture)
            : ContractYear.LabelFor(new YearMonth(Math.Max(startYear, 1), YearStartMonth));
    }

    // A year label must be written the calendar's way: "2016/17" for April years, "2016" for January ones.
    private bool IsWrittenAsLabelled(Match match, string yearLabel, out string error)
    {
        error = string.Empty;
        var suffix = match.Groups["next"];
        var written = match.Groups["year"].Value + (suffix.Success ? "/" + suffix.Value : string.Empty);
        if (written == yearLabel)
        {
            return true;
        }

        error = YearStartMonth == 1
            ? $"'{written}' is not a year of this contract: its years start in January, so write '{yearLabel}'."
            : $"'{written}' is not a year of this contract: its years start in {MonthName(YearStartMonth)}, so write '{yearLabel}'.";
        return false;
    }

    private string Example(PeriodKind kind)
    {
        var label = _years[0].Label;
        return kind switch
        {
            PeriodKind.Year => label,
            PeriodKind.Quarter => label + "-Q1",
            _ => label + "-M01",
        };
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static ContractYear[] BuildYears(YearMonth start, YearMonth end, int yearStartMonth)
    {
        var anchorYear = start.Month >= yearStartMonth ? start.Year : start.Year - 1;
        var anchor = new YearMonth(anchorYear, yearStartMonth);
        var years = new List<ContractYear>();
        while (anchor < end)
        {
            var next = anchor.AddMonths(12);
            var first = anchor < start ? start : anchor;
            var last = next < end ? next : end;
            years.Add(new ContractYear(years.Count + 1, anchor, first, first.MonthsUntil(last)));
            anchor = next;
        }

        return years.ToArray();
    }

    // [0-9], not \d: \d also matches other scripts' digits (٢٠١٦), which int.Parse then rejects with an exception.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:/(?<next>[0-9]{2}))?(?:-(?:Q(?<quarter>[1-4])|M(?<month>0[1-9]|1[0-2])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();
}
