using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Actuals;

/// <summary>The counted population for a contract year, for the growth-tolerance rule.</summary>
public sealed record PopulationActual(ContractYear Year, int Heads, SourceRef? Source = null);
