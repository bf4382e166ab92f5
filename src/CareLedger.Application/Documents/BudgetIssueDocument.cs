using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>A problem found while computing a year's budget, such as a top slice larger than its cells.</summary>
public sealed record BudgetIssueDocument(string Year, string Message, SourceRef? Source);
