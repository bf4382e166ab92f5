namespace CareLedger.Analytics.Workspaces;

/// <summary>
/// The name of an activity workspace: a folder under the data folder holding one DuckDB file. Names are short slugs
/// (lower-case letters, digits, hyphens, at most 64 characters) so a name can never climb out of the data folder
/// or clash with a file the store writes. The default value is <see cref="Default"/>'s name only by construction.
/// </summary>
public readonly record struct WorkspaceName
{
    public const int MaxLength = 64;

    private WorkspaceName(string value) => Value = value;

    public string Value { get; }

    public static WorkspaceName Default { get; } = new("default");

    public static bool TryCreate(string? text, out WorkspaceName name)
    {
        name = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !char.IsAsciiLetterOrDigit(text[0])
            || !text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return false;
        }

        name = new WorkspaceName(text);
        return true;
    }

    public override string ToString() => Value;
}
