using CareLedger.Domain;

namespace CareLedger.Analytics.Capitation;

/// <summary>What to work out for a place: the component budgets are shared by, and optionally the ICB's budget and the place's current budget.</summary>
/// <param name="IcbBudget">A whole number of pence, positive.</param>
/// <param name="CurrentBudget">A whole number of pence, zero or more; needs <paramref name="IcbBudget"/>.</param>
public sealed record CapitationRequest(CapitationComponent Component, Money? IcbBudget = null, Money? CurrentBudget = null)
{
    public static CapitationRequest Default { get; } = new(CapitationComponent.Core);
}
