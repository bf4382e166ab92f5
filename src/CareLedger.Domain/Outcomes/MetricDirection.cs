namespace CareLedger.Domain.Outcomes;

public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
