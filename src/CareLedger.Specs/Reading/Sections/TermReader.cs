using System.Globalization;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using CareLedger.Specs.Validation;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>contract.term</c> and, when it is whole, sets the contract calendar that every later year label is
/// read against. A term that cannot be read leaves the calendar unset and the contract unbuilt.
/// </summary>
internal static class TermReader
{
    // Calendars are built year by year up to a year past the term's end, so a term must end well before 9999.
    private const int LastYear = 9990;

    public static Term? Read(YamlMap contract)
    {
        var map = contract.Map("term", required: true);
        if (map is null)
        {
            return null;
        }

        var start = map.Required("start", Scalars.Month);
        var months = ReadLength(map, required: true);
        var yearStartMonth = ReadYearStartMonth(map, start);
        var extensions = map.Maps("extensions").Select(ReadExtension).OfType<TermExtension>().ToArray();
        map.Complete();
        if (start is not { } first || months is not { } length || yearStartMonth is not { } startMonth)
        {
            return null;
        }

        if (((first.Year - 1) * 12) + first.Month - 1 + length >= LastYear * 12)
        {
            map.Context.Error(map.Node, DiagnosticCodes.BadPeriod, $"{map.Path}: the term must end before the year {LastYear}.");
            return null;
        }

        var term = new Term(first, length, startMonth, extensions);
        map.Context.Calendar = term.Calendar;
        map.Locate(term);
        return term;
    }

    /// <summary>The length in months from <c>years</c> (which may be fractional, if whole in months) or <c>months</c>.</summary>
    private static int? ReadLength(YamlMap map, bool required)
    {
        var key = map.EitherOf("years", "months", required);
        if (key is null || map.Raw(key) is not { } node)
        {
            return null;
        }

        map.AddLocation(key, node);
        var path = map.PathOf(key);
        if (Nodes.Parse(map.Context, node, path, Scalars.Number) is not { } written)
        {
            return null;
        }

        if (written <= 0m || written > LastYear * 12)
        {
            map.Context.Error(node, DiagnosticCodes.TermNotWholeMonths, $"{path}: a term must last at least one month and end before the year {LastYear}.");
            return null;
        }

        var months = key == "years" ? written * 12m : written;
        if (decimal.Truncate(months) != months)
        {
            var said = key == "years"
                ? $"{NumberSyntax.Format(written)} years is {NumberSyntax.Format(months)} months"
                : $"{NumberSyntax.Format(written)} months";
            map.Context.Error(node, DiagnosticCodes.TermNotWholeMonths, $"{path}: {said}; a term must be a whole number of months (3.5 years is 42).");
            return null;
        }

        if (months < 1m || months > LastYear * 12)
        {
            map.Context.Error(node, DiagnosticCodes.TermNotWholeMonths, $"{path}: a term must last at least one month and end before the year {LastYear}.");
            return null;
        }

        if (months > Limits.TermYears * 12)
        {
            // Budgets compound year on year; a term far past any contract's would grow them past what can be computed.
            map.Context.Error(node, DiagnosticCodes.Absurd, $"{path}: a term of {NumberSyntax.Format(months / 12m)} years is longer than any contract of this kind; "
                + $"CareLedger reads terms of up to {Limits.TermYears} years (the seed contracts run three to ten): check the figure.");
            return null;
        }

        return decimal.ToInt32(months);
    }

    private static int? ReadYearStartMonth(YamlMap map, YearMonth? start)
    {
        var month = map.Optional("year_start_month", Scalars.WholeNumber);
        if (month is null)
        {
            return map.Has("year_start_month") ? null : start?.Month;
        }

        if (month is < 1 or > 12)
        {
            map.Context.Error(
                map.Raw("year_start_month")!,
                DiagnosticCodes.BadPeriod,
                $"{map.PathOf("year_start_month")}: '{month.Value.ToString(CultureInfo.InvariantCulture)}' is not a month number; write 1 to 12 (4 for April).");
            return null;
        }

        return month;
    }

    private static TermExtension? ReadExtension(YamlMap map)
    {
        var months = ReadLength(map, required: true);
        var note = map.Text("note");
        map.Complete();
        if (months is null)
        {
            return null;
        }

        var extension = new TermExtension(months.Value, note);
        map.Locate(extension);
        return extension;
    }
}
