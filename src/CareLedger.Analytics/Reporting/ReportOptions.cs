namespace CareLedger.Analytics.Reporting;

/// <summary>
/// Narrowing for a view: <see cref="Top"/> rows for the patient view; for the cohort view an age range, an ICD-10
/// diagnosis prefix (primary diagnosis), the top <see cref="TopPercent"/> of patients by spend, and/or the patients
/// in the stored risk tiers down to <see cref="RiskTier"/> (1: the top 1%; 2: the top 2%; 3: the top 5%).
/// </summary>
public sealed record ReportOptions(int Top = 20, int? MinAge = null, int? MaxAge = null, string? Diagnosis = null, decimal? TopPercent = null, int? RiskTier = null);
