using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Population;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL403: a pair of values that bound a range, written the wrong way round, so the range holds nothing or works
/// backwards — a loss rate floor above its ceiling (the ceiling would win and the floor mean nothing), an age band
/// ending before it starts (its people counted nowhere), a metric's target on the worse side of its baseline (the
/// score would rise as the measure gets worse). Year selectors (<c>from</c> after <c>to</c>) are checked as they
/// are read, since a selector keeps only the years it selects; sharing and corridor bands by the band rules.
/// </summary>
internal sealed class ReversedRangesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var terms in context.Contract.SharedSavings)
        {
            if (terms.Loss is { Floor: { } floor, Ceiling: { } ceiling } loss && floor > ceiling)
            {
                context.Error(
                    context.Locate(loss, "floor"),
                    DiagnosticCodes.RangeReversed,
                    $"{Subjects.SharedSavings(terms)}: the loss rate floor {floor} is above the ceiling {ceiling}, so no loss rate can lie between them; "
                    + "the floor is the lowest rate and the ceiling the highest: swap them or correct one.");
            }
        }

        foreach (var band in context.Contract.Population?.AgeBands ?? [])
        {
            if (band.To is { } to && to < band.From)
            {
                context.Error(
                    context.Locate(band, "to"),
                    DiagnosticCodes.RangeReversed,
                    $"age band {band.Label} ends at age {Wording.Number(to)}, before it starts at {Wording.Number(band.From)}, so it holds nobody; {Swap(band)}.");
            }
        }

        foreach (var indicator in context.Contract.Frameworks.SelectMany(framework => framework.Indicators))
        {
            if (indicator.Measure is MetricMeasure metric)
            {
                CheckTargets(context, indicator, metric);
            }
        }
    }

    private static string Swap(AgeBand band) =>
        $"write 'from: {Wording.Number(band.To!.Value)}, to: {Wording.Number(band.From)}' if those are the ages meant";

    private static void CheckTargets(ContractValidationContext context, Indicator indicator, MetricMeasure metric)
    {
        var higher = metric.Direction == MetricDirection.HigherIsBetter;
        foreach (var target in ScheduledValue<decimal>.Of(metric.Target, context))
        {
            var worse = higher ? target.Value < metric.Baseline : target.Value > metric.Baseline;
            if (!worse)
            {
                continue;
            }

            var location = target.YearLabel is { } label && context.Locations.Has(metric.Target, label)
                ? context.Locations.Of(metric.Target, label)
                : context.Locate(metric, "target");
            var direction = higher ? "higher is better" : "lower is better";
            context.Error(
                location,
                DiagnosticCodes.RangeReversed,
                $"{Subjects.Indicator(indicator)} has the target {Wording.Number(target.Value)}{Wording.InYear(target.YearLabel)}, worse than its baseline "
                + $"{Wording.Number(metric.Baseline)} when {direction}, so the score would rise as the measure got worse; "
                + "correct the target, the baseline or the direction.");
        }
    }
}
