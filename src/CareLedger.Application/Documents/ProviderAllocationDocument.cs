using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Parties;

namespace CareLedger.Application.Documents;

/// <summary>
/// What one provider (or prime) receives in a year: its contract value by element and by service line, what is at
/// risk on outcomes (or only measured, in a year measured, not applied), the part from sub-contractors' cells, the
/// fixed element's instalments and what is paid at actual allowable cost (empty in a year without cost reimbursement).
/// </summary>
public sealed record ProviderAllocationDocument(
    Id<Party> Provider,
    string Name,
    Money ContractValue,
    ValueList<ElementAmountDocument> Elements,
    Money AtRisk,
    Money Measured,
    OutcomeExposureDocument? OutcomeExposure,
    ValueList<ServiceLineAmount> ByServiceLine,
    ValueList<SubContractAmount> SubContracted,
    ValueList<InstalmentDocument> Instalments,
    ValueList<ReimbursedBudgetDocument> ReimbursedAtCost)
{
    public static ProviderAllocationDocument Of(ProviderAllocation provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new(
            provider.Payee.Id,
            provider.Payee.Name,
            provider.ContractValue,
            provider.Elements.Select(element => new ElementAmountDocument(element.Element.ToSpecName(), element.Amount, element.Rate, element.Formula)).ToValueList(),
            provider.AtRisk,
            provider.Measured,
            provider.Exposure is { } exposure ? OutcomeExposureDocument.Of(exposure) : null,
            provider.ByServiceLine.ToValueList(),
            provider.SubContracted.ToValueList(),
            provider.Instalments.Select(instalment => new InstalmentDocument(instalment.Period.Label, instalment.Amount)).ToValueList(),
            (provider.Reimbursed ?? []).Select(ReimbursedBudgetDocument.Of).ToValueList());
    }
}
