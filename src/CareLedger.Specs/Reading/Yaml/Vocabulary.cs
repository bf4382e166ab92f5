using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// A key that takes one of a list of words (<c>alliance</c>, <c>prime-contractor</c>…), read with the words of a
/// <see cref="WordList{T}"/>. Words are matched exactly; anything else is CL009 with the nearest word suggested.
/// </summary>
internal sealed class Vocabulary<T>
    where T : struct, Enum
{
    private readonly WordList<T> _words;

    public Vocabulary(WordList<T> words)
    {
        _words = words;
        Kind = new ScalarKind<T>((text, _) => Parse(text));
    }

    /// <summary>For a word list only the reader uses (a kind that chooses which record to build).</summary>
    public Vocabulary(string noun, params (string Word, T Value)[] entries)
        : this(new WordList<T>(noun, entries))
    {
    }

    /// <summary>What the words name, for messages: "contract model", "party role".</summary>
    public string Noun => _words.Noun;

    public IReadOnlyList<string> Words => _words.Words;

    public ScalarKind<T> Kind { get; }

    public string WordFor(T value) => _words.WordFor(value);

    public ParseOutcome<T> Parse(string text)
    {
        var trimmed = text.Trim();
        if (_words.TryParse(trimmed, out var value))
        {
            return ParseOutcome<T>.Success(value);
        }

        var nearest = NameSuggester.Suggest(trimmed, Words);
        var hint = nearest is null ? string.Empty : $"did you mean '{nearest}'? ";
        return ParseOutcome<T>.Failure(
            DiagnosticCodes.BadChoice,
            $"'{trimmed}' is not a {Noun}; {hint}Use one of: {string.Join(", ", Words)}.");
    }
}
