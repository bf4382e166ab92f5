using CareLedger.Analytics.Contracts;
using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// The emergency-admission risk model fitted on a workspace's own activity and the tiers it assigned. Fitted on the
/// patients of <see cref="FeatureYear"/> (features) and whether they had an emergency admission in
/// <see cref="OutcomeYear"/>, on the part of them not held out; checked on the held-out part (AUROC against age alone
/// and last year's emergency admissions alone, calibration, capture of the next year's emergency admissions and spend,
/// tiers: <see cref="Check"/>); then applied to the patients of <see cref="OutcomeYear"/> to assign each a tier for the year after.
/// </summary>
public sealed record WorkspaceRiskReport(
    FinancialYear FeatureYear,
    FinancialYear OutcomeYear,
    int Seed,
    PatientCounts Fitting,
    HeldOutCheck Check,
    PatientCounts Scoring,
    IReadOnlyList<AssignedTier> Tiers);
