using CareLedger.Domain.Budgets;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Population;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Contracts;

/// <summary>
/// A whole contract as code: parties, scope, how the budget is built, how it is paid, and the outcome, risk/reward,
/// shared-savings and corridor terms. Immutable; a contract file is read into one of these.
/// </summary>
public sealed record Contract(
    Id<Contract> Id,
    string Name,
    ContractModel Model,
    Currency Currency,
    RoundingRule Rounding,
    Term Term,
    IReadOnlyList<Party> Parties,
    Funding Funding,
    PopulationDefinition? Population,
    IReadOnlyList<ServiceLine> ServiceLines,
    IReadOnlyList<Exclusion> Exclusions,
    IReadOnlyList<TopSlice> TopSlices,
    Baseline Baseline,
    IReadOnlyList<BudgetAdjustment> Adjustments,
    PaymentTerms Payment,
    IReadOnlyList<OutcomesFramework> Frameworks,
    RiskRewardAccount RiskReward,
    IReadOnlyList<SharedSavingsTerms> SharedSavings,
    IReadOnlyList<RiskCorridorTerms> Corridors)
{
    public Party Party(Id<Party> id) =>
        Parties.FirstOrDefault(party => party.Id == id)
        ?? throw new KeyNotFoundException($"No party '{id}' in contract '{Id}'.");

    public ServiceLine ServiceLine(Id<ServiceLine> id) =>
        ServiceLines.FirstOrDefault(line => line.Id == id)
        ?? throw new KeyNotFoundException($"No service line '{id}' in contract '{Id}'.");

    /// <summary>Who is paid for a provider's cells: the provider itself, or for a sub-contractor its prime.</summary>
    public Id<Party> PayeeFor(Id<Party> provider)
    {
        var party = Party(provider);
        return party.Has(PartyRole.SubContractor) && party.Prime is { } prime ? prime : provider;
    }
}
