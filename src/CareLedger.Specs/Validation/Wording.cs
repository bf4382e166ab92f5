using System.Globalization;
using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Specs.Validation;

/// <summary>
/// How validation messages write things, so every rule names a party, a share or a list of years the same way.
/// </summary>
internal static class Wording
{
    public static string Quoted(string id) => "'" + id + "'";

    /// <summary><c>'end-of-life' (Dying in the place of preference)</c>: the id an author searches for, and the name they know.</summary>
    public static string Named(string id, string? name) =>
        string.IsNullOrWhiteSpace(name) || string.Equals(name, id, StringComparison.Ordinal)
            ? Quoted(id)
            : $"{Quoted(id)} ({name})";

    /// <summary>
    /// A share as a percentage when it has one (<c>99.99%</c>); otherwise the exact fraction with its value to four
    /// places (<c>29999/30000 (about 99.9967%)</c>), enough that a near miss is not rounded into a false 100%.
    /// </summary>
    public static string Share(Share share)
    {
        var text = share.ToString();
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return text;
        }

        var percent = DisplayRounding.Round(share.ToDecimal() * 100m, 4);
        return $"{text} (about {percent.ToString("0.####", CultureInfo.InvariantCulture)}%)";
    }

    public static string Number(decimal value) => DisplayRounding.Round(value, 10).ToString("#,0.##########", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary><c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + " and " + all[^1],
        };
    }

    /// <summary>A trailing phrase for the year a value applies in: <c> in 2016/17</c>, or nothing for every year.</summary>
    public static string InYear(string? yearLabel) => yearLabel is null ? string.Empty : " in " + yearLabel;

    /// <summary>The years a finding applies to: <c>every year</c> when it is all of them, else <c>2016/17 and 2017/18</c>.</summary>
    public static string Years(IReadOnlyCollection<string> labels, int yearCount) =>
        labels.Count == yearCount && yearCount > 1 ? "every year" : List(labels);

    /// <summary>A party's roles as the spec writes them: <c>prime, provider</c>.</summary>
    public static string Roles(Party party) =>
        party.Roles.Count == 0 ? "none" : string.Join(", ", party.Roles.Order().Select(SpecWords.Role.WordFor));
}
