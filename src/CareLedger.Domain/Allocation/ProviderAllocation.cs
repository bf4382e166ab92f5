using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// What one provider (or prime) receives in a year: its contract value by service line and by element, the outcome
/// amount at risk and the fixed element's instalments. Fixed + variable + outcome + management fee = contract value
/// exactly; instalments add to the fixed element exactly.
/// </summary>
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
    IReadOnlyList<Instalment> Instalments)
{
    public IEnumerable<ElementAmount> Elements => [Fixed, Variable, Outcome, ManagementFee];

    /// <summary>The outcome amount exposed this year; zero without an outcome element.</summary>
    public Money AtRisk => Exposure?.AtRisk ?? Money.Zero(ContractValue.Currency);
}
