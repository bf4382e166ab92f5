using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Application.Documents;

/// <summary>The money in one budget cell (a service line at a provider), or one step's change to it.</summary>
public sealed record CellAmountDocument(Id<ServiceLine> ServiceLine, Id<Party> Provider, Money Amount)
{
    public static CellAmountDocument Of(BudgetCellKey key, Money amount) => new(key.ServiceLine, key.Provider, amount);
}
