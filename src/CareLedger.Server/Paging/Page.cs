namespace CareLedger.Server.Paging;

/// <summary>One page of a list; <see cref="Next"/> is the link to the next page, or null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
