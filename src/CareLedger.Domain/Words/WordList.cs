namespace CareLedger.Domain;

/// <summary>
/// The words contract files, statements and explanations use for the values of one enum (<c>half-up</c> for
/// <see cref="RoundingRule.HalfUp"/>), defined once for readers, validators and renderers alike. Every value has
/// exactly one word and no word stands for two values; a list that breaks this is a bug and throws on construction.
/// Words match exactly (case and all).
/// </summary>
public sealed class WordList<T>
    where T : struct, Enum
{
    private readonly IReadOnlyList<(string Word, T Value)> _entries;

    /// <param name="noun">What the words name, for messages: "contract model", "party role".</param>
    /// <param name="entries">Each word and its value, in the order the spec lists them.</param>
    public WordList(string noun, params (string Word, T Value)[] entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        ArgumentNullException.ThrowIfNull(entries);
        var repeatedWord = entries.GroupBy(entry => entry.Word, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeatedWord is not null)
        {
            throw new ArgumentException($"The {noun} word '{repeatedWord.Key}' is given twice.", nameof(entries));
        }

        var unnamed = Enum.GetValues<T>().Where(value => entries.Count(entry => EqualityComparer<T>.Default.Equals(entry.Value, value)) != 1).ToArray();
        if (unnamed.Length > 0)
        {
            throw new ArgumentException($"Every {noun} needs exactly one word; {string.Join(", ", unnamed)} do not have one.", nameof(entries));
        }

        Noun = noun;
        _entries = entries;
        Words = entries.Select(entry => entry.Word).ToArray();
    }

    public string Noun { get; }

    /// <summary>The words in the order the spec lists them.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The word for a value; a value outside the enum is a caller bug.</summary>
    public string WordFor(T value)
    {
        foreach (var (word, candidate) in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {Noun}.");
    }

    /// <summary>The value a word stands for, matched exactly; false for anything else (including null).</summary>
    public bool TryParse(string? word, out T value)
    {
        foreach (var (candidate, entry) in _entries)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
            {
                value = entry;
                return true;
            }
        }

        value = default;
        return false;
    }
}
