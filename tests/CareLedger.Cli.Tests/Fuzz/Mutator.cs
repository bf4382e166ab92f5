using System.Text;

namespace CareLedger.Cli.Tests.Fuzz;

/// <summary>
/// Breaks a well-formed input file in the ways files really break, and in hostile ways: truncation, flipped bytes,
/// deleted, doubled and swapped lines, keys replaced, numbers made huge or odd, deep nesting, other encodings,
/// control and bidi characters, NUL bytes. Seeded, so a failing case can be replayed from its seed and number.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] HugeValues =
    [
        "99999999999999999999999999999", "79228162514264337593543950335%", "100000%", "-100000%", "1e400", "-0",
        "£99,999,999,999.99", "100000000000000", "0.0000000000000000000000000001", "NaN", "Infinity", "-£1",
        "2999/00", "0000-00", "\"\"", "''", "~", "[]", "{}",
    ];

    private static readonly string[] Hostile = ["\u0007", "\u001b]0;pwned\u0007", "\u001b[31m", "\u202e", "\u2066", "\u0000", "\r", "\t", "\u00a0", "\ufeff"];

    private readonly Random _random = new(seed);

    public byte[] Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        var bytes = Encoding.UTF8.GetBytes(text);
        switch (_random.Next(14))
        {
            case 0:
                return bytes[.._random.Next(bytes.Length)];
            case 1:
                for (var flips = _random.Next(1, 8); flips > 0; flips--)
                {
                    bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                }

                return bytes;
            case 2:
                lines.RemoveAt(_random.Next(lines.Count));
                break;
            case 3:
                var doubled = _random.Next(lines.Count);
                lines.Insert(doubled, lines[doubled]);
                break;
            case 4:
                var (a, b) = (_random.Next(lines.Count), _random.Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case 5:
                ReplaceKey(lines);
                break;
            case 6:
                ReplaceValue(lines, HugeValues[_random.Next(HugeValues.Length)]);
                break;
            case 7:
                ReplaceValue(lines, new string('[', _random.Next(1, 3) == 1 ? 40_000 : 200));
                break;
            case 8:
                return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            case 9:
                return Encoding.Latin1.GetBytes(text.Replace("£", "£é", StringComparison.Ordinal));
            case 10:
                var at = _random.Next(lines.Count);
                var line = lines[at];
                lines[at] = line.Insert(_random.Next(line.Length + 1), Hostile[_random.Next(Hostile.Length)]);
                break;
            case 11:
                lines.Insert(_random.Next(lines.Count), "\t" + lines[_random.Next(lines.Count)]);
                break;
            case 12:
                ReplaceValue(lines, new string('x', _random.Next(1, 3) == 1 ? 1_000_000 : 5_000));
                break;
            default:
                ReplaceValue(lines, "*unknown_anchor");
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private void ReplaceKey(List<string> lines)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(index => lines[index].Contains(':', StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0)
        {
            return;
        }

        var at = candidates[_random.Next(candidates.Length)];
        var other = lines[candidates[_random.Next(candidates.Length)]];
        var key = other[..other.IndexOf(':', StringComparison.Ordinal)].Trim().TrimStart('-', ' ', '{');
        var line = lines[at];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var indent = line.Length - line.TrimStart(' ', '-').Length;
        lines[at] = line[..indent] + key + line[colon..];
    }

    private void ReplaceValue(List<string> lines, string value)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(index => lines[index].Contains(": ", StringComparison.Ordinal) && !lines[index].TrimStart().StartsWith('#')).ToArray();
        if (candidates.Length == 0)
        {
            return;
        }

        var at = candidates[_random.Next(candidates.Length)];
        var line = lines[at];
        lines[at] = line[..(line.IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
    }

    /// <summary>A workbook cut short, or with a few bytes changed: what a failed upload or a damaged disk leaves.</summary>
    public static byte[] DamagedWorkbook(byte[] workbook, Random random)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(random);
        var damaged = (byte[])workbook.Clone();
        if (random.Next(2) == 0)
        {
            return damaged[..random.Next(damaged.Length)];
        }

        for (var flip = random.Next(1, 6); flip > 0; flip--)
        {
            damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
        }

        return damaged;
    }
}
