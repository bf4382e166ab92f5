namespace CareLedger.Data.Audit;

/// <summary>
/// What an auditor looks for in a contract's trail: a text anywhere in an entry (its kind, what it changed, the state
/// before or after), who made the change (part of their name), one kind of change exactly, and a range of days
/// (inclusive, UTC, as the trail records times). A blank filter matches everything. <see cref="Page"/> counts from 1.
/// </summary>
public sealed record AuditQuery(string? Text, string? Who, string? Action, DateOnly? From, DateOnly? To, int Page, int PageSize)
{
    /// <summary>The most entries one page shows; a larger page is cut to this.</summary>
    public const int MaxPageSize = 200;

    public static AuditQuery Everything(int pageSize = 50) => new(null, null, null, null, null, 1, pageSize);

    internal int Limit => Math.Clamp(PageSize, 1, MaxPageSize);

    internal long Offset => (Math.Max(Page, 1) - 1L) * Limit;
}
