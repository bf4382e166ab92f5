using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// The allowable cost a provider reports for a period (usually a month) under cost-reimbursement terms: what the
/// contract allows it to be reimbursed, for one service line, or for the provider as a whole when the terms name no
/// lines. Not a <see cref="ProviderCostActual"/>, which is a year's whole cost of delivering a fixed element, one per
/// party and year, measured for a surplus rather than paid.
/// </summary>
/// <param name="ServiceLine">The line the cost is for; null for a cost of the provider as a whole.</param>
/// <param name="Evidence">Where the cost can be checked (a ledger extract, an approved claim); optional.</param>
public sealed record AllowableCostActual(
    ContractPeriod Period,
    Id<Party> Provider,
    Id<ServiceLine>? ServiceLine,
    Money Amount,
    string? Evidence = null,
    SourceRef? Source = null);
