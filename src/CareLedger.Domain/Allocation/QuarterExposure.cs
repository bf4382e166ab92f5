using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>The outcome pot for one quarter and how much of it is at risk.</summary>
public sealed record QuarterExposure(ContractPeriod Quarter, Money Pot, Percentage AtRiskShare, Money AtRisk);
