namespace CareLedger.Cli;

/// <summary>
/// "Did you mean …?" for names typed on the command line (commands, template names). Suggests the candidate that
/// starts with or contains what was typed; else the nearest by edit distance if it is close enough to be a typo; else
/// the one sharing the longest start (at least four letters) with it or with one of its hyphenated words, which
/// catches abbreviations such as <c>staffs</c> for <c>staffordshire-prime</c>.
/// </summary>
internal static class NameSuggester
{
    private const int MinimumSharedStart = 4;

    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var names = candidates.ToArray();
        var text = typed.Trim().ToLowerInvariant();
        var partial = names.FirstOrDefault(name => name.StartsWith(text, StringComparison.Ordinal))
            ?? names.FirstOrDefault(name => text.Length >= 3 && name.Contains(text, StringComparison.Ordinal));
        if (partial is not null)
        {
            return partial;
        }

        // A typo changes a few characters; allow about one edit in three, and at least two.
        var limit = Math.Max(2, text.Length / 3);
        var typo = names
            .Select(name => (Name: name, Distance: Distance(text, name)))
            .Where(candidate => candidate.Distance <= limit)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
        if (typo is not null)
        {
            return typo;
        }

        return names
            .Select(name => (Name: name, Shared: name.Split('-').Prepend(name).Max(word => SharedStart(text, word))))
            .Where(candidate => candidate.Shared >= MinimumSharedStart)
            .OrderByDescending(candidate => candidate.Shared)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
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

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
