using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Application.Plans;

/// <summary>
/// One provider's year so far: its contract value for the year, the part of it planned to date and what its settled
/// statements have made due to it to date. <see cref="Difference"/> is positive when it has been paid more than plan.
/// </summary>
public sealed record ProviderAgainstPlan(Id<Party> Provider, string Name, Money ContractValue, Money PlannedToDate, Money PaidToDate)
{
    public Money Difference => PaidToDate - PlannedToDate;
}
