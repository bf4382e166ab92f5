namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Finds the word a misspelling most likely meant, for "did you mean" suggestions.</summary>
internal static class Spelling
{
    /// <summary>
    /// The candidate nearest to <paramref name="written"/> by edit distance (insertions, deletions, substitutions and
    /// swaps of neighbouring letters, ignoring case), or null if none is close. "Close" grows with the word: one
    /// edit for short words, up to three for long keys, so <c>to</c> never suggests <c>id</c>.
    /// </summary>
    public static string? Nearest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            var allowed = Math.Max(1, Math.Min(3, candidate.Length / 3));
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" Did you mean 'x'?" when a near candidate exists, otherwise the list of what is allowed.</summary>
    public static string Suggest(string written, IReadOnlyCollection<string> candidates)
    {
        var nearest = Nearest(written, candidates);
        if (nearest is not null)
        {
            return $"did you mean '{nearest}'?";
        }

        return candidates.Count == 0 ? "nothing is allowed here" : "expected one of: " + string.Join(", ", candidates) + ".";
    }

    // Optimal string alignment distance: Levenshtein plus transposition of adjacent characters ("weigth").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
