using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>One quarter's outcome pot, the share of it at risk, and the amount at risk.</summary>
public sealed record QuarterExposureDocument(string Quarter, Money Pot, Percentage AtRiskShare, Money AtRisk);
