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
    : BudgetAdjustment(Name, Years, Scope, Source)
{
    internal override BudgetStep Apply(BudgetYearContext context)
    {
        var cells = context.Cells;
        var indexes = cells.Select(Scope);
        var basis = cells.TotalOf(indexes);
        var exact = cells.ToMoney(basis).Amount * Rate.Fraction;
        var vat = cells.RoundToUnits(exact);
        if (!Funded)
        {
            return cells.Step(BudgetStepKind.UnfundedVat, Name, SpecWords.Vat, basis, Rate, exact, 0, vat, new long[cells.Count], Source);
        }

        var changes = cells.Spread(vat, indexes);
        return cells.Step(BudgetStepKind.Vat, Name, SpecWords.Vat, basis, Rate, exact, vat, 0, changes, Source);
    }
}
