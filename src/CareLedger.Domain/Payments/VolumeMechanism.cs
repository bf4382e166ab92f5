using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Payments;

/// <summary>
/// Volume variance paid at a marginal rate: activity above plan paid at <see cref="AboveRate"/> of price, below
/// plan deducted at <see cref="BelowRate"/> (Mid-Notts elective: 75% and 50%). Nothing moves inside the optional
/// dead-band (a share of planned activity); the result is held between the collar (most that can be deducted)
/// and the cap (most that can be added).
/// </summary>
/// <param name="UnitPrice">Price per unit of activity; null means the price comes with the actuals (e.g. tariff).</param>
public sealed record VolumeMechanism(
    Id<VariableMechanism> Id,
    string Name,
    CellScope Scope,
    Money? UnitPrice,
    Percentage AboveRate,
    Percentage BelowRate,
    Percentage? DeadBand,
    Limit? Cap,
    Limit? Collar,
    SourceRef? Source = null)
    : VariableMechanism(Id, Name, Scope, Source);
