using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>allowable_costs</c>: the allowable cost a provider paid by cost reimbursement reports for a month,
/// quarter or year, for one service line or (under terms that name no lines) for the provider as a whole.
/// </summary>
/// <param name="Period">The period as the contract writes it; resolved against the contract's calendar.</param>
/// <param name="ServiceLine">The line the cost is for; null for the provider as a whole.</param>
/// <param name="AllowableCost">The cost; not negative.</param>
/// <param name="Evidence">Where the cost can be checked (a ledger extract, an approved claim); optional.</param>
public sealed record AllowableCostRow(
    string? Period,
    Id<Party>? Provider,
    Id<ServiceLine>? ServiceLine,
    Money? AllowableCost,
    string? Evidence = null) : ActualsRow;
