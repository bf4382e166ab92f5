using System.Globalization;

namespace CareLedger.Domain.Explaining;

/// <summary>
/// A number that is not money: a count, an activity total, an exact intermediate amount before rounding. Shown with
/// every digit it was computed with (its decimal scale is kept, also through JSON).
/// </summary>
public sealed record ExplainedNumber(decimal Value) : ExplainedValue
{
    protected override string Display() => Value.ToString(CultureInfo.InvariantCulture);
}
