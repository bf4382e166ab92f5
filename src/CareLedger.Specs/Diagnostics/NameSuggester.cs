namespace CareLedger.Specs.Diagnostics;

/// <summary>
/// The one "did you mean" of the product: for a key, word, id, column, command or template name that is not known,
/// the known name the author most likely meant. Case and surrounding spaces are ignored. Three steps are tried in
/// order; the first that finds a candidate wins, and within a step the candidate listed first wins a tie:
/// <list type="number">
/// <item><b>A typo</b>: the candidate at the fewest edits (a letter inserted, deleted or changed, or two neighbouring
/// letters swapped), allowing one edit per three letters of the candidate, at least one and at most three. So
/// <c>weigth</c> finds <c>weight</c> and <c>mid-nots-alliance</c> finds <c>mid-notts-alliance</c>, but <c>to</c>
/// never finds <c>id</c>.</item>
/// <item><b>A fragment</b> of at least three letters: the first candidate that starts with it, else the first that
/// contains it (<c>unit</c> finds <c>unit_price</c>, <c>msk</c> finds <c>bedfordshire-msk-prime</c>).</item>
/// <item><b>An abbreviation</b>: the candidate sharing the longest start, at least four letters, with what was
/// written, comparing with the whole candidate and with each of its words (split at <c>-</c> and <c>_</c>), so
/// <c>staffs</c> finds <c>staffordshire-prime</c>.</item>
/// </list>
/// Otherwise nothing is suggested: a guess at something unrelated is worse than the list of what is allowed.
/// </summary>
public static class NameSuggester
{
    private const int LettersPerEdit = 3;
    private const int MostEdits = 3;
    private const int ShortestFragment = 3;
    private const int ShortestSharedStart = 4;

    // No key, id, column or command is this long: a longer text is a value in the wrong place (or a hostile file),
    // and comparing it letter by letter with every name would cost time and memory for no useful suggestion.
    private const int LongestWritten = 128;

    /// <summary>The candidate the author most likely meant, or null when none is close (see the class comment).</summary>
    public static string? Suggest(string written, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(candidates);
        var text = written.Trim().ToLowerInvariant();
        if (text.Length == 0 || text.Length > LongestWritten)
        {
            return null;
        }

        var names = candidates.Where(candidate => candidate.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return Typo(text, names) ?? Fragment(text, names) ?? Abbreviation(text, names);
    }

    /// <summary><c>did you mean 'x'?</c> when a candidate is suggested, otherwise the list of what is allowed.</summary>
    public static string SuggestOrList(string written, IReadOnlyCollection<string> candidates)
    {
        var nearest = Suggest(written, candidates);
        if (nearest is not null)
        {
            return $"did you mean '{nearest}'?";
        }

        return candidates.Count == 0 ? "nothing is allowed here" : "expected one of: " + string.Join(", ", candidates) + ".";
    }

    /// <summary><c> (did you mean 'x'?)</c> to follow a name in a sentence, or nothing when no candidate is suggested.</summary>
    public static string Hint(string written, IEnumerable<string> candidates) =>
        Suggest(written, candidates) is { } nearest ? $" (did you mean '{nearest}'?)" : string.Empty;

    /// <summary>How many edits the typo step allows against a candidate of this many letters.</summary>
    public static int AllowedEdits(int candidateLength) => Math.Clamp(candidateLength / LettersPerEdit, 1, MostEdits);

    private static string? Typo(string text, string[] names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            // Lengths further apart than the edits allowed can never be a typo: skip the comparison.
            if (Math.Abs(name.Length - text.Length) > AllowedEdits(name.Length))
            {
                continue;
            }

            var distance = EditDistance.Between(text, name.ToLowerInvariant());
            if (distance <= AllowedEdits(name.Length) && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string? Fragment(string text, string[] names)
    {
        if (text.Length < ShortestFragment)
        {
            return null;
        }

        return names.FirstOrDefault(name => name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault(name => name.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Abbreviation(string text, string[] names)
    {
        string? best = null;
        var longest = ShortestSharedStart - 1;
        foreach (var name in names)
        {
            var lower = name.ToLowerInvariant();
            var shared = lower.Split('-', '_').Prepend(lower).Max(word => SharedStart(text, word));
            if (shared > longest)
            {
                best = name;
                longest = shared;
            }
        }

        return best;
    }

    private static int SharedStart(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }
}
