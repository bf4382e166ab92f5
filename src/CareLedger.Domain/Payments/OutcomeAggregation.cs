namespace CareLedger.Domain.Payments;

/// <summary>How indicator results turn into outcome payments.</summary>
public enum OutcomeAggregation
{
    /// <summary>Every provider gets its whole pot if the alliance's weighted score reaches the threshold; otherwise none does (Mid-Notts).</summary>
    AllOrNothing,

    /// <summary>Each pot is paid in proportion to the weighted score.</summary>
    Proportional,

    /// <summary>Each indicator's slice of the pot is paid on that indicator's own score.</summary>
    PerIndicator,
}
