using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// What one provider (or prime) receives in a year: its contract value by service line and by element, the outcome
/// amount at risk, the fixed element's instalments and the budget it is paid at actual allowable cost. Fixed +
/// variable + outcome + management fee + cost reimbursement = contract value exactly; instalments add to the fixed
/// element exactly.
/// </summary>
/// <param name="Reimbursed">The budget paid at actual allowable cost, one entry per set of terms covering the provider this year; null when none does.</param>
public sealed record ProviderAllocation(
    Party Payee,
    Money ContractValue,
    IReadOnlyList<ServiceLineAmount> ByServiceLine,
    IReadOnlyList<SubContractAmount> SubContracted,
    ElementAmount Fixed,
    ElementAmount Variable,
    ElementAmount Outcome,
    ElementAmount ManagementFee,
    OutcomeExposure? Exposure,
    IReadOnlyList<Instalment> Instalments,
    IReadOnlyList<ReimbursedBudget>? Reimbursed = null)
{
    /// <summary>The elements; cost reimbursement only in a year some terms reimburse this provider's costs.</summary>
    public IEnumerable<ElementAmount> Elements => CostReimbursement is { } reimbursed
        ? [Fixed, Variable, Outcome, ManagementFee, reimbursed]
        : [Fixed, Variable, Outcome, ManagementFee];

    /// <summary>The budget paid at actual allowable cost this year, as an element; null when no terms reimburse this provider.</summary>
    public ElementAmount? CostReimbursement => Reimbursed is { Count: > 0 } entries
        ? new ElementAmount(
            PaymentElement.CostReimbursement,
            Money.Sum(entries.Select(entry => entry.Planned), ContractValue.Currency),
            null,
            ContractValue,
            false,
            entries[0].Terms.Source)
        : null;

    /// <summary>The outcome amount at risk this year; zero without an outcome element, or in a year measured, not applied.</summary>
    public Money AtRisk => Exposure?.AtRisk ?? Money.Zero(ContractValue.Currency);

    /// <summary>The outcome amount measured but not at risk this year (a phase measured, not applied); zero otherwise.</summary>
    public Money Measured => Exposure?.Measured ?? Money.Zero(ContractValue.Currency);
}
