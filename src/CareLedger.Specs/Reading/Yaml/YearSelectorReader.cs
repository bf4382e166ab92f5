using System.Globalization;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Reads a year selector: <c>years: all</c> (the default), <c>years: 2016/17</c>, <c>years: [2016/17, 2017/18]</c>,
/// and <c>from</c>/<c>to</c> (inclusive, usable together and with <c>years</c>, which they narrow). A selector
/// written so that it selects no year would make its term apply to nothing, silently: <c>to</c> before <c>from</c>
/// is CL403 at <c>to</c>, and any other choice that leaves no year (<c>years: 2016/17</c> with <c>from: 2017/18</c>)
/// is CL008 at the first key written.
/// </summary>
internal static class YearSelectorReader
{
    private const string All = "all";

    public static YearSelector Read(YamlMap map, string yearsKey, string fromKey, string toKey)
    {
        var (written, chosen) = ReadYears(map, yearsKey);
        var from = map.Optional(fromKey, Scalars.Year);
        var to = map.Optional(toKey, Scalars.Year);
        var calendar = map.Context.Calendar;
        if (calendar is null || (!written && from is null && to is null))
        {
            return YearSelector.All;
        }

        var numbers = chosen ?? calendar.Years.Select(year => year.Number);
        var selected = numbers.Where(number => (from is null || number >= from) && (to is null || number <= to)).ToArray();
        if (from is { } first && to is { } last && last < first)
        {
            map.Context.Error(
                map.Raw(toKey)!,
                DiagnosticCodes.RangeReversed,
                $"{map.PathOf(toKey)}: {Label(calendar, last)} is before {fromKey} {Label(calendar, first)}, so this applies in no year; "
                + $"'{fromKey}' is the first year it applies in and '{toKey}' the last: swap them or correct one.");
        }
        else if (selected.Length == 0 && (chosen is null || chosen.Count > 0))
        {
            var key = new[] { yearsKey, fromKey, toKey }.First(candidate => map.Raw(candidate) is not null);
            map.Context.Error(
                map.Raw(key)!,
                DiagnosticCodes.BadPeriod,
                $"{map.PathOf(key)}: '{yearsKey}', '{fromKey}' and '{toKey}' together select no contract year, so this applies in no year; "
                + "correct them so that they leave at least one year.");
        }

        return YearSelector.Only(selected);
    }

    private static string Label(Domain.Periods.ContractCalendar calendar, int number) =>
        calendar.Years.FirstOrDefault(year => year.Number == number)?.Label ?? number.ToString(CultureInfo.InvariantCulture);

    // Written: whether a particular set was chosen; chosen: those year numbers, or null for "all".
    private static (bool Written, IReadOnlyList<int>? Chosen) ReadYears(YamlMap map, string key)
    {
        var node = map.Raw(key);
        if (node is null)
        {
            return (false, null);
        }

        map.AddLocation(key, node);
        var path = map.PathOf(key);
        var context = map.Context;
        switch (node)
        {
            case YamlScalarNode { Value: All }:
                return (false, null);
            case YamlScalarNode:
                // A year that cannot be read selects nothing rather than everything: the error says why.
                return Nodes.Parse(context, node, path, Scalars.Year) is { } single ? (true, [single]) : (true, []);
            case YamlSequenceNode sequence:
                var numbers = new List<int>();
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    var itemKey = key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                    map.AddLocation(itemKey, sequence.Children[index]);
                    if (Nodes.Parse(context, sequence.Children[index], map.PathOf(itemKey), Scalars.Year) is { } number)
                    {
                        numbers.Add(number);
                    }
                }

                return (true, numbers);
            default:
                context.Error(node, DiagnosticCodes.WrongType, $"{path}: expected 'all', a year such as 2016/17, or a list of years; found a mapping.");
                return (false, null);
        }
    }
}
