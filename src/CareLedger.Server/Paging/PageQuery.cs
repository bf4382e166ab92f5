using Microsoft.AspNetCore.Http;

namespace CareLedger.Server.Paging;

/// <summary>
/// <c>?after=CURSOR&amp;limit=N</c> on every list: keyset pagination (the cursor is the last item's key), so pages
/// stay stable while rows are added and no page costs more than the first.
/// </summary>
public sealed record PageQuery(string? After, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaximumLimit = 500;

    /// <summary>The query's page, or the problem with it (a limit that is not a number from 1 to 500).</summary>
    public static bool TryRead(HttpRequest request, out PageQuery query, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        var after = request.Query["after"].FirstOrDefault();
        var limitText = request.Query["limit"].FirstOrDefault();
        var limit = DefaultLimit;
        problem = null;
        if (limitText is not null && (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaximumLimit))
        {
            problem = $"limit must be a whole number from 1 to {MaximumLimit}, not '{(limitText.Length > 20 ? limitText[..20] : limitText)}'.";
            limit = DefaultLimit;
        }

        query = new PageQuery(string.IsNullOrEmpty(after) ? null : after, limit);
        return problem is null;
    }

    /// <summary>The page of <paramref name="items"/> (fetched with one more than the limit) and the link to the next.</summary>
    public Page<T> PageOf<T>(HttpRequest request, IReadOnlyList<T> items, Func<T, string> cursor)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cursor);
        if (items.Count <= Limit)
        {
            return new Page<T>(items, null);
        }

        var shown = items.Take(Limit).ToArray();
        var next = $"{request.PathBase}{request.Path}?after={Uri.EscapeDataString(cursor(shown[^1]))}&limit={Limit}";
        return new Page<T>(shown, next);
    }

    /// <summary>How many rows to fetch: one more than the page, to know whether there is a next page.</summary>
    public int Fetch => Limit + 1;
}
