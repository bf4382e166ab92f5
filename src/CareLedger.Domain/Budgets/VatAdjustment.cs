using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// VAT that applies to services in scope. When funded, it is added to the budget. When not funded it is still
/// computed and shown as a pressure the providers must absorb: the Cambridgeshire contract failed partly because
/// nobody had funded its VAT liability.
/// </summary>
public sealed record VatAdjustment(
    string Name,
    Percentage Rate,
    bool Funded,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source);
