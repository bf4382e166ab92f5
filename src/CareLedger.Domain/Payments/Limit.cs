namespace CareLedger.Domain.Payments;

/// <summary>
/// A bound written either as money or as a percentage of some base (the planned value, or a contract value), with
/// where the contract states it. Used for caps, collars, pools and dead-bands. Being an <see cref="AmountOrRate"/>,
/// it is always exactly one of the two.
/// </summary>
public sealed record Limit(AmountOrRate Bound, SourceRef? Source = null)
{
    public static Limit Of(Money amount) => new(AmountOrRate.Of(amount));

    public static Limit Of(Percentage rate) => new(AmountOrRate.Of(rate));

    /// <summary>The bound in money against a base, rounded to the penny at this named point.</summary>
    public Money Resolve(Money basis, RoundingRule rounding) => Bound.Resolve(basis, rounding);

    public override string ToString() => Bound.ToString();
}
