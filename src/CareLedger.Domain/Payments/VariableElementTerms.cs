using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Payments;

/// <summary>The variable element: a planned share of contract value that moves with activity under its mechanisms.</summary>
public sealed record VariableElementTerms(
    YearSchedule<Percentage> PlannedShare,
    IReadOnlyList<VariableMechanism> Mechanisms,
    SourceRef? Source = null);
