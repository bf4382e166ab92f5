namespace CareLedger.Domain.Explaining;

/// <summary>A percentage in an explanation, e.g. an above-plan marginal rate of 75%.</summary>
public sealed record ExplainedRate(Percentage Rate) : ExplainedValue
{
    protected override string Display() => Rate.ToString();
}
