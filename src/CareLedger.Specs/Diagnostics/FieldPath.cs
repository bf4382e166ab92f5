using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace CareLedger.Specs.Diagnostics;

/// <summary>
/// Where a value sits in a contract or in actuals, independent of any file: <c>payment.variable.mechanisms[2].cap</c>,
/// <c>outcomes.frameworks[0].outcomes[3].weight</c>, <c>activity[4].actual</c>. A path is keys joined by dots, with
/// <c>[n]</c> for the item of a list counted from 0. A key that cannot be written plainly (empty, or holding a dot,
/// bracket or quote) is written in quoted brackets: <c>parties["a.b"]</c>. A form that edits a contract without lines
/// and columns finds the field a finding is about by this path.
/// </summary>
/// <remarks>
/// The default value is <see cref="Root"/>: the document as a whole, written as the empty string. Paths are equal
/// when their text is (ordinal); they order segment by segment, list items by number (<c>[2]</c> before
/// <c>[10]</c>), keys ordinally, and a path before every path inside it.
/// </remarks>
public readonly struct FieldPath : IEquatable<FieldPath>, IComparable<FieldPath>
{
    private readonly string? _text;

    private FieldPath(string text) => _text = text;

    /// <summary>The document as a whole.</summary>
    public static FieldPath Root => default;

    public bool IsRoot => Text.Length == 0;

    private string Text => _text ?? string.Empty;

    /// <summary>The path of a key inside this mapping.</summary>
    public FieldPath Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var segment = IsPlain(name) ? name : "[\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
        return new FieldPath(IsRoot || segment[0] == '[' ? Text + segment : Text + "." + segment);
    }

    /// <summary>The path of an item of this list, counted from 0.</summary>
    public FieldPath Item(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new FieldPath(Text + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
    }

    /// <summary>True when this path is <paramref name="ancestor"/> or lies inside it: every finding under <c>payment</c>.</summary>
    public bool IsWithin(FieldPath ancestor)
    {
        var mine = Segments(Text);
        var theirs = Segments(ancestor.Text);
        return theirs.Count <= mine.Count && theirs.SequenceEqual(mine.Take(theirs.Count));
    }

    /// <summary>Reads a path written as <see cref="ToString"/> writes it; throws <see cref="FormatException"/> otherwise.</summary>
    public static FieldPath Parse(string text) =>
        TryParse(text, out var path) ? path : throw new FormatException($"'{text}' is not a field path such as payment.variable.mechanisms[2].cap.");

    public static bool TryParse([NotNullWhen(true)] string? text, out FieldPath path)
    {
        // Only the canonical spelling parses (no ["key"] for a plain key, no [01]), so equal paths have equal text.
        var valid = text is not null && ReadSegments(text) is not null;
        path = valid ? new FieldPath(text!) : Root;
        return valid;
    }

    public bool Equals(FieldPath other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FieldPath other && Equals(other);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public int CompareTo(FieldPath other)
    {
        var mine = Segments(Text);
        var theirs = Segments(other.Text);
        for (var index = 0; index < Math.Min(mine.Count, theirs.Count); index++)
        {
            var order = mine[index].CompareTo(theirs[index]);
            if (order != 0)
            {
                return order;
            }
        }

        return mine.Count.CompareTo(theirs.Count);
    }

    public static bool operator ==(FieldPath left, FieldPath right) => left.Equals(right);

    public static bool operator !=(FieldPath left, FieldPath right) => !left.Equals(right);

    public static bool operator <(FieldPath left, FieldPath right) => left.CompareTo(right) < 0;

    public static bool operator >(FieldPath left, FieldPath right) => left.CompareTo(right) > 0;

    public static bool operator <=(FieldPath left, FieldPath right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FieldPath left, FieldPath right) => left.CompareTo(right) >= 0;

    public override string ToString() => Text;

    private static bool IsPlain(string name) =>
        name.Length > 0 && name.AsSpan().IndexOfAny(".[]\"\\") < 0;

    private static List<Segment> Segments(string text) => ReadSegments(text) ?? [];

    // The segments of canonical text, or null: a plain key (after a dot unless it is the first), [n], or ["key"].
    private static List<Segment>? ReadSegments(string text)
    {
        var segments = new List<Segment>();
        var position = 0;
        while (position < text.Length)
        {
            Segment? segment = text[position] switch
            {
                '[' when position + 1 < text.Length && text[position + 1] == '"' => ReadQuotedKey(text, ref position),
                '[' => ReadIndex(text, ref position),
                _ => ReadPlainKey(text, ref position, segments.Count == 0),
            };
            if (segment is null)
            {
                return null;
            }

            segments.Add(segment.Value);
        }

        return segments;
    }

    private static Segment? ReadIndex(string text, ref int position)
    {
        var close = text.IndexOf(']', position);
        var digits = close < 0 ? string.Empty : text[(position + 1)..close];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || (digits.Length > 1 && digits[0] == '0')
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        position = close + 1;
        return new Segment(null, index);
    }

    private static Segment? ReadPlainKey(string text, ref int position, bool first)
    {
        var start = position;
        if (!first)
        {
            if (text[start] != '.')
            {
                return null;
            }

            start++;
        }

        var end = start;
        while (end < text.Length && text[end] is not ('.' or '['))
        {
            end++;
        }

        var name = text[start..end];
        if (!IsPlain(name))
        {
            return null;
        }

        position = end;
        return new Segment(name, 0);
    }

    private static Segment? ReadQuotedKey(string text, ref int position)
    {
        var name = new StringBuilder();
        var at = position + 2;
        while (at < text.Length && text[at] != '"')
        {
            if (text[at] == '\\')
            {
                at++;
                if (at >= text.Length || text[at] is not ('\\' or '"'))
                {
                    return null;
                }
            }

            name.Append(text[at]);
            at++;
        }

        if (at + 1 >= text.Length || text[at + 1] != ']' || IsPlain(name.ToString()))
        {
            return null;
        }

        position = at + 2;
        return new Segment(name.ToString(), 0);
    }

    // A key sorts before a list item at the same depth; items by number, keys ordinally.
    private readonly record struct Segment(string? Key, int Index) : IComparable<Segment>
    {
        public int CompareTo(Segment other) => (Key, other.Key) switch
        {
            (null, null) => Index.CompareTo(other.Index),
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(Key, other.Key),
        };
    }
}
