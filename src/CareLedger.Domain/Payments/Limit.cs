namespace CareLedger.Domain.Payments;

/// <summary>
/// A bound written either as money or as a percentage of some base (the planned value, or a contract value).
/// Used for caps, collars, pools and dead-bands.
/// </summary>
public sealed record Limit(Money? Amount, Percentage? Rate, SourceRef? Source = null)
{
    public static Limit Of(Money amount) => new(amount, null);

    public static Limit Of(Percentage rate) => new(null, rate);

    /// <summary>The bound in money against a base, rounded to the penny at this named point.</summary>
    public Money Resolve(Money basis, RoundingRule rounding) =>
        Amount ?? (basis * Rate!.Value).Round(rounding);

    public override string ToString() => Amount?.ToString() ?? Rate!.Value.ToString();
}
