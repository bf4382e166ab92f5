namespace CareLedger.Domain.Scope;

public enum TopSliceKind
{
    /// <summary>Activity for the population treated out of area.</summary>
    OutOfArea,

    /// <summary>Contracts held outside the alliance, e.g. with sub-contractors.</summary>
    SubContractor,

    /// <summary>Personal budgets and direct payments, which work alongside the capitated approach.</summary>
    PersonalBudgets,

    /// <summary>Any other exclusion taken off before allocation.</summary>
    Exclusion,
}
