namespace CareLedger.Analytics.Risk;

/// <summary>
/// What happened in the year after to each held-out person, in the held-out list's order: whether they had an emergency
/// admission, how many, and their spend (exact pounds).
/// </summary>
public sealed record HeldOutOutcomes(bool[] Admitted, int[] Admissions, decimal[] Spend);
