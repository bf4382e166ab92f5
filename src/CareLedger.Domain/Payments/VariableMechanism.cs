using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Payments;

/// <summary>A rule that moves money with activity. Settled against actuals; kept small and bounded by a cap and collar.</summary>
public abstract record VariableMechanism(Id<VariableMechanism> Id, string Name, CellScope Scope, SourceRef? Source);
