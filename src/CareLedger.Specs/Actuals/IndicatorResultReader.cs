using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>indicators</c>: one indicator's result for a year or a quarter, with its evidence; a milestone's
/// <c>result</c> or a metric's <c>value</c> (which one is checked by <see cref="Checking.IndicatorResultCheck"/>).
/// </summary>
internal static class IndicatorResultReader
{
    public static ActualsSection Section { get; } = new(
        "indicators",
        ["period", "indicator", "result", "value", "evidence"],
        ["period", "indicator", "evidence"],
        ["indicator"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var row = new IndicatorResultRow(
            record.Text("period", required: true),
            record.Id<Indicator>("indicator"),
            record.Read("result", ActualsScalars.Result.Kind),
            record.Read("value", Scalars.Number),
            record.Text("evidence", required: true)) { Source = record.Source };
        record.Complete();
        into.Indicators.Add(row);
    }
}
