using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Figures;

/// <summary>The figures settled at year end: framework weights, risk/reward shares and caps, shared savings and corridors.</summary>
internal static class SettlementFigures
{
    public static void AddTo(FigureList figures, Contract contract, ContractValidationContext context)
    {
        foreach (var framework in contract.Frameworks)
        {
            foreach (var outcome in framework.Outcomes)
            {
                figures.Percent(outcome, "weight", Subjects.Outcome(outcome), "weight", outcome.Weight);
                foreach (var indicator in outcome.Indicators)
                {
                    AddIndicator(figures, indicator);
                }
            }
        }

        foreach (var item in contract.RiskReward.Items)
        {
            var name = Subjects.Item(item);
            figures.Amounts(item, "plan", name, "plan", item.Plan);
            foreach (var participant in item.Participants)
            {
                figures.Share(participant, "share", name, $"share for participant {context.PartyName(participant.Party)}", participant.Share);
            }

            foreach (var side in ItemSide.Of(item))
            {
                foreach (var share in side.Side.Bands.SelectMany(band => ItemSide.OwnShares(item, band)))
                {
                    figures.Share(share, "share", name, $"{side.Name} band share for {context.PartyName(share.Party)}", share.Share);
                }

                foreach (var cap in side.Side.Caps)
                {
                    figures.Limit(cap, "cap", name, $"{side.Name} cap for {context.PartyName(cap.Party)}", cap.Limit);
                }
            }
        }

        foreach (var terms in contract.SharedSavings)
        {
            var name = Subjects.SharedSavings(terms);
            figures.Amount(terms.Benchmark, "per_member_per_month", name, "benchmark per member per month", terms.Benchmark.PerMemberPerMonth);
            figures.Amounts(terms.Benchmark, "amount", name, "benchmark", terms.Benchmark.Amount);
            figures.Percent(terms, "minimum_savings_rate", name, "minimum savings rate", terms.MinimumSavingsRate);
            figures.Percent(terms, "minimum_loss_rate", name, "minimum loss rate", terms.MinimumLossRate);
            figures.Percent(terms, "max_sharing_rate", name, "maximum sharing rate", terms.MaxSharingRate);
            figures.Percent(terms, "savings_cap", name, "savings cap", terms.SavingsCap);
            figures.Percent(terms, "withholding", name, "withholding", terms.Withholding);
            if (terms.Loss is { } loss)
            {
                figures.Percent(loss, "flat_rate", name, "flat loss rate", loss.FlatRate);
                figures.Percent(loss, "floor", name, "loss rate floor", loss.Floor);
                figures.Percent(loss, "ceiling", name, "loss rate ceiling", loss.Ceiling);
                figures.Percent(loss, "cap", name, "loss cap", loss.Cap);
            }
        }

        foreach (var corridor in contract.Corridors)
        {
            var name = Subjects.Corridor(corridor);
            figures.Amounts(corridor, "target", name, "target", corridor.Target);
            foreach (var band in corridor.Bands)
            {
                figures.Share(band, "payer_share", name, $"payer share of the band from {band.From}", band.PayerShare);
                figures.Percent(band, "from", name, "band start", band.From, FigureKind.Rate);
                figures.Percent(band, "to", name, "band end", band.To, FigureKind.Rate);
            }
        }
    }

    private static void AddIndicator(FigureList figures, Indicator indicator)
    {
        var name = Subjects.Indicator(indicator);
        figures.Percent(indicator, "weight", name, "weight", indicator.Weight);
        switch (indicator.Measure)
        {
            case MilestoneMeasure milestone:
                figures.Percent(indicator, "part_credit", name, "part credit", milestone.PartCredit);
                break;
            case MetricMeasure metric:
                AddMetric(figures, metric, name);
                break;
            default:
                break;
        }
    }

    private static void AddMetric(FigureList figures, MetricMeasure metric, string name)
    {
        figures.Number(metric, "baseline", name, "baseline", metric.Baseline, FigureKind.Measure);
        figures.Numbers(metric, "target", name, "target", metric.Target, FigureKind.Measure);
        switch (metric.Scoring)
        {
            case BandedScoring banded:
                foreach (var band in banded.Bands)
                {
                    figures.Percent(band, "score", name, $"score for the band from {band.ProgressFrom}", band.Score);
                    figures.Percent(band, "from", name, $"progress at which the band scoring {band.Score} starts", band.ProgressFrom, FigureKind.Rate);
                }

                break;
            default:
                break;
        }
    }
}
