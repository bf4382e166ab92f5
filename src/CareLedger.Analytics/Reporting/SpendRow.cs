namespace CareLedger.Analytics.Reporting;

/// <summary>
/// One line of a view of spend: its keys (in the order of <see cref="SpendReport.KeyNames"/>), how many records and
/// units and distinct patients it covers, how many of its records are appointments not attended (counted, costing
/// nothing), its spend rounded to the penny from its exact total (<see cref="Pennies"/>) and that exact total
/// (4 decimal places), and its share of the report's total spend.
/// </summary>
public sealed record SpendRow(IReadOnlyList<string> Keys, long Records, long Units, long Patients, long NotAttended, decimal Spend, decimal ExactSpend, decimal Share);
