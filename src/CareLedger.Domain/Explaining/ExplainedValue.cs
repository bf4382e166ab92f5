namespace CareLedger.Domain.Explaining;

/// <summary>
/// A value shown in an explanation, kept as its type (money, a rate, a share, a number or words) so that programs
/// read the figure itself and readers see it formatted. Rules pass typed values; the conversions below make
/// <c>builder.Input("fee", fee)</c> keep the type.
/// </summary>
public abstract record ExplainedValue
{
    public static implicit operator ExplainedValue(Money value) => new ExplainedAmount(value);

    public static implicit operator ExplainedValue(Percentage value) => new ExplainedRate(value);

    public static implicit operator ExplainedValue(Share value) => new ExplainedShare(value);

    public static implicit operator ExplainedValue(decimal value) => new ExplainedNumber(value);

    public static implicit operator ExplainedValue(int value) => new ExplainedNumber(value);

    public static implicit operator ExplainedValue(long value) => new ExplainedNumber(value);

    public static implicit operator ExplainedValue(string value) => new ExplainedText(value);

    /// <summary>The value as a reader sees it: money with its symbol, a rate with %, a number as computed.</summary>
    public sealed override string ToString() => Display();

    protected abstract string Display();
}
