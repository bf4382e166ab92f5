using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Budgets;

/// <summary>A budget cell: one service line with one provider.</summary>
public readonly record struct BudgetCellKey(Id<ServiceLine> ServiceLine, Id<Party> Provider)
{
    public override string ToString() => $"{ServiceLine}/{Provider}";
}
