namespace CareLedger.Domain.Explaining;

/// <summary>An amount of money in an explanation, e.g. the fixed element for the year.</summary>
public sealed record ExplainedAmount(Money Amount) : ExplainedValue
{
    protected override string Display() => Amount.ToString();
}
