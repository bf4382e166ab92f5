namespace CareLedger.Domain.Budgets;

public enum BudgetStepKind
{
    /// <summary>A rate or cash change (inflation, efficiency, growth, savings…).</summary>
    Adjustment,

    /// <summary>Money moved between cells; the total does not change.</summary>
    Shift,

    /// <summary>Funded VAT added to the budget.</summary>
    Vat,

    /// <summary>VAT computed but not funded: reported as a pressure, nothing changes.</summary>
    UnfundedVat,

    /// <summary>A partial year pro-rated by months.</summary>
    PartYear,

    /// <summary>Money taken off before allocation and kept by the commissioners.</summary>
    TopSlice,
}
