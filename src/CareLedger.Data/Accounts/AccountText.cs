using System.Text.RegularExpressions;

namespace CareLedger.Data.Accounts;

/// <summary>How account fields are checked and normalised before they are stored.</summary>
public static partial class AccountText
{
    /// <summary>Lower case and trimmed: sign-in ignores the case of an email address.</summary>
    public static string NormaliseEmail(string? email) => (email ?? string.Empty).Trim().ToLowerInvariant();

    public static string? EmailProblem(string email) =>
        email.Length is > 0 and <= 254 && EmailShape().IsMatch(email) ? null : $"'{Shorten(email)}' is not an email address; write it as name@example.nhs.uk.";

    public static string? SlugProblem(string what, string? id) =>
        id is not null && Slug().IsMatch(id) ? null : $"'{Shorten(id ?? string.Empty)}' is not a valid {what}: use 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit (e.g. sherwood-forest-hospitals).";

    public static string? NameProblem(string what, string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > 200 ? $"a {what} needs a name of 1 to 200 characters." : null;

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Slug();
}
