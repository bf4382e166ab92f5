namespace CareLedger.Domain.Explaining;

/// <summary>An exact share in an explanation, e.g. a member's influence share of 2/3.</summary>
public sealed record ExplainedShare(Share Share) : ExplainedValue
{
    protected override string Display() => Share.ToString();
}
