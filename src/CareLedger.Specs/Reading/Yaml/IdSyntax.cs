using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Reads an id of one kind, suggesting the slug the author probably meant when it is not well formed.</summary>
internal static class IdSyntax<TEntity>
{
    public static ScalarKind<Id<TEntity>> Kind { get; } = new((text, _) => Read(text));

    private static ParseOutcome<Id<TEntity>> Read(string text)
    {
        if (Id<TEntity>.TryCreate(text, out var id))
        {
            return ParseOutcome<Id<TEntity>>.Success(id);
        }

        var slug = Slug(text);
        var hint = slug != text && Id<TEntity>.IsWellFormed(slug) ? $" such as '{slug}'" : string.Empty;
        return ParseOutcome<Id<TEntity>>.Failure(
            DiagnosticCodes.BadId,
            $"'{text}' is not a valid id: write lower-case letters, digits and hyphens{hint}, starting with a letter or digit, at most {Id<TEntity>.MaxLength} characters.");
    }

    // The id the author probably meant: "Bedfordshire CCG" → "bedfordshire-ccg".
    private static string Slug(string text)
    {
        var characters = text.Trim().ToLowerInvariant()
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')
            .ToArray();
        var collapsed = new string(characters);
        while (collapsed.Contains("--", StringComparison.Ordinal))
        {
            collapsed = collapsed.Replace("--", "-", StringComparison.Ordinal);
        }

        return collapsed.Trim('-');
    }
}
