namespace CareLedger.Analytics.Reporting;

/// <summary>
/// Narrowing for a view: <see cref="Top"/> rows for the patient view; for the cohort view an age range, an ICD-10
/// diagnosis prefix (primary diagnosis), and/or the top <see cref="TopPercent"/> of patients by spend.
/// </summary>
public sealed record ReportOptions(int Top = 20, int? MinAge = null, int? MaxAge = null, string? Diagnosis = null, decimal? TopPercent = null);
