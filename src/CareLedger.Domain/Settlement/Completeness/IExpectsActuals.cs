namespace CareLedger.Domain.Settlement.Completeness;

/// <summary>
/// A payment mechanism that settles on actuals says what a period needs of them. The engine asks every rule of the
/// composition that applies to the period, so a new mechanism that reads actuals implements this beside
/// <see cref="ISettlementRule"/> and its own completeness is checked at every door (docs/settlement.md, "Complete actuals").
/// </summary>
public interface IExpectsActuals
{
    /// <summary>What the context's period needs from the actuals and they do not give; nothing when they are complete. Records nothing on the context.</summary>
    IEnumerable<MissingActual> Missing(SettlementContext context);
}
