namespace CareLedger.Domain.Contracts;

/// <summary>An option to extend the term, e.g. "option of additional 2 years". Not part of the budget unless exercised.</summary>
public sealed record TermExtension(int Months, string? Note);
