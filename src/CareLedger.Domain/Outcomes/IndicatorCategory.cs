namespace CareLedger.Domain.Outcomes;

/// <summary>The three kinds of indicator in the Mid-Notts framework.</summary>
public enum IndicatorCategory
{
    Planning,
    ImplementationAndReview,
    OutcomeMetric,
}
