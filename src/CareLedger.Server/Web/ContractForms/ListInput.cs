namespace CareLedger.Server.Web.ContractForms;

/// <summary>
/// A form of rows: each row's key (a hidden field: an id, or an outcome framework and id) and its value as typed.
/// Field names are <c>Prefix.Keys[i]</c> and <c>Prefix.Values[i]</c>, so the form works without JavaScript.
/// </summary>
public class ListInput : IEditInput
{
    public long BasedOn { get; set; }

    public string? Note { get; set; }

    public List<string>? Keys { get; set; } = [];

    public List<string?> Values { get; set; } = [];

    /// <summary>Row <paramref name="index"/> of a posted column, trimmed; <paramref name="current"/> when the form was not posted.</summary>
    public static string Posted(IReadOnlyList<string?>? column, int index, string current) =>
        column is not null && index < column.Count ? (column[index] ?? string.Empty).Trim() : current;

    /// <summary>The value posted for each key, as typed.</summary>
    public Dictionary<string, string> ByKey(IReadOnlyList<string?>? column)
    {
        // A hand-made post may leave out whole columns; the form mapper then leaves them null.
        var posted = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = Keys ?? [];
        for (var index = 0; index < keys.Count; index++)
        {
            posted[keys[index]] = Posted(column, index, string.Empty);
        }

        return posted;
    }
}
