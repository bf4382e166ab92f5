using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>indicators</c>: one indicator's result for a year or a quarter, with its evidence. A milestone takes
/// <c>result</c> and a metric <c>value</c>; the other one is CL803, and neither is CL003.
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
        var context = record.Context;
        var period = record.Read("period", ActualsScalars.Period, required: true);
        if (period is { Period.Kind: PeriodKind.Month } month)
        {
            var year = month.Period.Year.Label;
            record.Error("period", DiagnosticCodes.BadPeriod, $"{record.Where("period")}: '{month.Period.Label}' is a month; an indicator result is for a year ({year}) or a quarter ({year}-Q1).");
            period = null;
        }

        var indicator = context.Indicator(record, "indicator");
        var status = record.Read("result", ActualsScalars.Result.Kind);
        var value = record.Read("value", Scalars.Number);
        var evidence = record.Text("evidence", required: true);
        record.Complete();
        if (indicator is null || !HasTheRightShape(record, indicator) || period is not { } written || evidence is null)
        {
            return;
        }

        into.Indicators.Add(new IndicatorResult(written.Period, indicator.Id, status, value, evidence, record.Source));
    }

    private static bool HasTheRightShape(ActualsRecord record, Indicator indicator)
    {
        switch (indicator.Measure)
        {
            case MilestoneMeasure:
                if (record.Has("value"))
                {
                    record.Error("value", DiagnosticCodes.WrongResultShape, $"{record.Where("value")}: '{indicator.Id}' is a milestone, so it takes a result (achieved, partly or not-achieved), not a value.");
                    return false;
                }

                if (!record.Has("result"))
                {
                    record.ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{record.Name}: 'result' is required: '{indicator.Id}' is a milestone; write achieved, partly or not-achieved.");
                    return false;
                }

                return true;
            case MetricMeasure metric:
                var unit = string.IsNullOrWhiteSpace(metric.Unit) ? string.Empty : $" (measured in {metric.Unit})";
                if (record.Has("result"))
                {
                    record.Error("result", DiagnosticCodes.WrongResultShape, $"{record.Where("result")}: '{indicator.Id}' is a metric{unit}, so it takes the measured value, not a result.");
                    return false;
                }

                if (!record.Has("value"))
                {
                    record.ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{record.Name}: 'value' is required: '{indicator.Id}' is a metric{unit}; give the measured value.");
                    return false;
                }

                return true;
            default:
                return true;
        }
    }
}
