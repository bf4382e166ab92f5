using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Specs.Validation;

/// <summary>
/// How messages name the things a contract holds — by kind, id and name — so an author can find the one meant
/// even when two share a name.
/// </summary>
internal static class Subjects
{
    public static string Adjustment(BudgetAdjustment adjustment) =>
        $"adjustment '{adjustment.Name}' ({AdjustmentKind(adjustment)})";

    private static string AdjustmentKind(BudgetAdjustment adjustment) => adjustment switch
    {
        RateAdjustment rate => rate.Kind.ToSpecName(),
        AmountAdjustment amount => amount.Kind.ToSpecName(),
        ShiftAdjustment => SpecWords.Shift,
        VatAdjustment => SpecWords.Vat,
        _ => "adjustment",
    };

    public static string TopSlice(TopSlice slice) => "top slice " + Wording.Named(slice.Id.Value, slice.Name);

    public static string Cell(BaselineCell cell, ContractValidationContext context) =>
        $"the baseline cell for service line '{cell.ServiceLine}' and provider {context.PartyName(cell.Provider)}";

    public static string Mechanism(VariableMechanism mechanism) =>
        "variable mechanism " + Wording.Named(mechanism.Id.Value, mechanism.Name);

    public static string Reimbursement(CostReimbursementTerms terms) =>
        "cost reimbursement " + Wording.Named(terms.Id.Value, terms.Name);

    public static string Framework(OutcomesFramework framework) =>
        "framework " + Wording.Named(framework.Id.Value, framework.Name);

    public static string Outcome(Outcome outcome) => "outcome " + Wording.Named(outcome.Id.Value, outcome.Name);

    public static string Indicator(Indicator indicator) => "indicator " + Wording.Named(indicator.Id.Value, indicator.Name);

    public static string Item(RiskRewardItem item) => "risk/reward item " + Wording.Named(item.Id.Value, item.Name);

    public static string SharedSavings(SharedSavingsTerms terms) => "shared-savings terms " + Wording.Named(terms.Id.Value, terms.Name);

    public static string Corridor(RiskCorridorTerms corridor) => "risk corridor " + Wording.Named(corridor.Id.Value, corridor.Name);
}
