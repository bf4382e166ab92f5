namespace CareLedger.Data.Audit;

/// <summary>One page of a search of the trail, newest first, with how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long Matching, int Page, int PageSize)
{
    /// <summary>How many pages the matching entries fill (at least one, so "page 1 of 1" reads naturally when none match).</summary>
    public long Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);
}
