namespace CareLedger.Analytics.Risk;

/// <summary>
/// What the highest-scoring people hold of next year's emergency admissions and spend: for the top
/// <paramref name="Percent"/>% by a score (rounded up to whole people; ties in the score taken in person order).
/// </summary>
public sealed record Capture(string Score, decimal Percent, int People, double AdmissionShare, decimal SpendShare, decimal Spend);
