using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using CareLedger.Specs.Validation;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>indicators</c>: a year or quarter of the term (a month is CL008), an indicator the contract
/// defines, evidence, and the right kind of result: a milestone takes a result and a metric a value; the other one
/// is CL803, and neither is CL003.
/// </summary>
internal static class IndicatorResultCheck
{
    public static void Check(IndicatorResultRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var period = findings.Period("period", row.Period);
        if (period is { Kind: PeriodKind.Month } month)
        {
            var year = month.Year.Label;
            findings.Error("period", DiagnosticCodes.BadPeriod, $"{findings.Where("period")}: '{month.Label}' is a month; an indicator result is for a year ({year}) or a quarter ({year}-Q1).");
            period = null;
        }

        if (row.Value is { } measured && Math.Abs(measured) > Limits.Measure)
        {
            findings.Error("value", DiagnosticCodes.Absurd, $"{findings.Where("value")}: {NumberSyntax.Format(measured)} is beyond a trillion either way, more than any measure of this kind; check the figure and its unit.");
            return;
        }

        var indicator = contract.Indicator(findings, "indicator", row.Indicator);
        var evidence = findings.Text("evidence", row.Evidence, required: true, PrintableText.Kind.Paragraph);
        if (indicator is null || !HasTheRightShape(row, findings, indicator) || period is null || evidence is null)
        {
            return;
        }

        into.Indicators.Add(new IndicatorResult(period, indicator.Id, row.Result, row.Value, evidence, findings.Source.ToSourceRef()), findings.Source);
    }

    private static bool HasTheRightShape(IndicatorResultRow row, RowFindings findings, Indicator indicator)
    {
        var hasResult = findings.Has("result", row.Result);
        var hasValue = findings.Has("value", row.Value);
        switch (indicator.Measure)
        {
            case MilestoneMeasure:
                if (hasValue)
                {
                    findings.Error("value", DiagnosticCodes.WrongResultShape, $"{findings.Where("value")}: '{indicator.Id}' is a milestone, so it takes a result (achieved, partly or not-achieved), not a value.");
                    return false;
                }

                if (!hasResult)
                {
                    findings.Missing("result", DiagnosticCodes.MissingRequired, $"{findings.Name}: 'result' is required: '{indicator.Id}' is a milestone; write achieved, partly or not-achieved.");
                    return false;
                }

                return true;
            case MetricMeasure metric:
                var unit = string.IsNullOrWhiteSpace(metric.Unit) ? string.Empty : $" (measured in {metric.Unit})";
                if (hasResult)
                {
                    findings.Error("result", DiagnosticCodes.WrongResultShape, $"{findings.Where("result")}: '{indicator.Id}' is a metric{unit}, so it takes the measured value, not a result.");
                    return false;
                }

                if (!hasValue)
                {
                    findings.Missing("value", DiagnosticCodes.MissingRequired, $"{findings.Name}: 'value' is required: '{indicator.Id}' is a metric{unit}; give the measured value.");
                    return false;
                }

                return true;
            default:
                return true;
        }
    }
}
