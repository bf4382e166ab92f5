namespace CareLedger.Data.Contracts;

/// <summary>One change between two versions, at a key path such as <c>parties[nuh].name</c> or <c>baseline.lines[3].amount</c>.</summary>
public sealed record ContractDifference(string Path, DifferenceKind Kind, string? Before, string? After);
