using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Payments;

/// <summary>
/// Money follows patient choice among a group of providers: a pool moves between them by the change in each one's
/// share of the group's activity, netting to zero across the group, each provider's movement held within the
/// cap and collar.
/// </summary>
/// <param name="Pool">The money at stake: an amount, or a rate of the group's planned value in scope.</param>
public sealed record PatientChoiceMechanism(
    Id<VariableMechanism> Id,
    string Name,
    CellScope Scope,
    IReadOnlyList<Id<Party>> Providers,
    Limit Pool,
    Limit? Cap,
    Limit? Collar,
    SourceRef? Source = null)
    : VariableMechanism(Id, Name, Scope, Source);
