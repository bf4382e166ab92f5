namespace CareLedger.Specs.Validation;

/// <summary>The "did you mean" for a reference to an id that does not exist: the closest defined id by edit distance.</summary>
internal static class NearestId
{
    /// <summary><c> (did you mean 'nuh'?)</c>, or nothing when no defined id is close enough to be a likely typo.</summary>
    public static string Hint(string wrong, IEnumerable<string> defined)
    {
        // A third of the length, at least two edits: catches typos and transpositions without suggesting
        // unrelated ids for short names.
        var allowed = Math.Max(2, wrong.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in defined.Distinct(StringComparer.Ordinal))
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= allowed ? $" (did you mean '{best}'?)" : string.Empty;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    private static int Distance(string a, string b)
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
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
