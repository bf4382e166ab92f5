using System.Globalization;
using CareLedger.Domain.Contracts;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Reads a year selector: <c>years: all</c> (the default), <c>years: 2016/17</c>, <c>years: [2016/17, 2017/18]</c>,
/// and <c>from</c>/<c>to</c> (inclusive, usable together and with <c>years</c>, which they narrow).
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
        return YearSelector.Only(numbers.Where(number => (from is null || number >= from) && (to is null || number <= to)));
    }

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
                context.Error(node, Diagnostics.DiagnosticCodes.WrongType, $"{path}: expected 'all', a year such as 2016/17, or a list of years; found a mapping.");
                return (false, null);
        }
    }
}
