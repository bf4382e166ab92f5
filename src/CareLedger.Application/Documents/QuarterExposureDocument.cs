using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>
/// One quarter's outcome pot, the share of it the phase exposes, the amount at risk, and the amount only measured (in a
/// phase measured, not applied, the exposed amount is measured and nothing is at risk).
/// </summary>
public sealed record QuarterExposureDocument(string Quarter, Money Pot, Percentage AtRiskShare, Money AtRisk, Money Measured);
