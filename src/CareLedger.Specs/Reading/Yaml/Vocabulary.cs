using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// The words a key accepts (<c>alliance</c>, <c>prime-contractor</c>…) and the values they stand for. Words are
/// matched exactly; anything else is CL009 with the nearest word suggested.
/// </summary>
internal sealed class Vocabulary<T>
    where T : struct
{
    private readonly IReadOnlyList<(string Word, T Value)> _entries;

    public Vocabulary(string noun, params (string Word, T Value)[] entries)
    {
        Noun = noun;
        _entries = entries;
        Kind = new ScalarKind<T>((text, _) => Parse(text));
    }

    /// <summary>What the words name, for messages: "contract model", "party role".</summary>
    public string Noun { get; }

    public IReadOnlyList<string> Words => _entries.Select(entry => entry.Word).ToArray();

    public ScalarKind<T> Kind { get; }

    public string WordFor(T value) =>
        _entries.First(entry => EqualityComparer<T>.Default.Equals(entry.Value, value)).Word;

    public ParseOutcome<T> Parse(string text)
    {
        var trimmed = text.Trim();
        foreach (var (word, value) in _entries)
        {
            if (string.Equals(word, trimmed, StringComparison.Ordinal))
            {
                return ParseOutcome<T>.Success(value);
            }
        }

        var nearest = NameSuggester.Suggest(trimmed, Words);
        var hint = nearest is null ? string.Empty : $"did you mean '{nearest}'? ";
        return ParseOutcome<T>.Failure(
            DiagnosticCodes.BadChoice,
            $"'{trimmed}' is not a {Noun}; {hint}Use one of: {string.Join(", ", Words)}.");
    }
}
