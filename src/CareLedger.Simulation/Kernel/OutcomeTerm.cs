using CareLedger.Domain;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Outcomes;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// The all-or-nothing outcome element (<see cref="OutcomeRule"/> with <see cref="AllOrNothingPayout"/>) compiled for a
/// simulation. Every provider is judged on one alliance score, so a year comes down to one question — does Σ(weight ×
/// score) reach the threshold × Σ(weights)? — and each provider's payment for "yes" and for "no" is fixed by its
/// exposure: Σ quarters of (pot − at risk) + at risk, or the pot in a phase measured, not applied. Both are worked out
/// once per year. Scenario results are for the whole year, so every quarter is scored on the year's result, as the rule
/// does when no quarter's result is reported.
/// </summary>
/// <remarks>
/// The question is answered exactly. Milestones and metrics at or beyond either end of their range score exactly 0 or
/// 1, so their weights add up exactly in decimal; when only such scores occur the comparison is exact. A metric part
/// way (linear scoring) adds its weight × progress in double; when the double sum is within 10⁻¹² of the threshold the
/// year is scored again with the rule's own exact fractions (<see cref="IndicatorScorer"/>), so a tie is never decided
/// by rounding.
/// </remarks>
internal sealed class OutcomeTerm
{
    private const double Margin = 1e-12;
    private readonly YearScoring[] _years;
    private readonly (int Payee, long Met, long NotMet)[][] _payments;

    private OutcomeTerm(YearScoring[] years, (int Payee, long Met, long NotMet)[][] payments)
    {
        _years = years;
        _payments = payments;
    }

    /// <summary>The compiled term, or null when the contract's outcome element is not all-or-nothing on binary and linear scores.</summary>
    public static OutcomeTerm? Compile(SimulationPlan plan)
    {
        var contract = plan.Contract;
        if (contract.Payment.Outcome is not { Aggregation: OutcomeAggregation.AllOrNothing } terms)
        {
            return null;
        }

        var years = new YearScoring[plan.Years];
        var payments = new (int Payee, long Met, long NotMet)[plan.Years][];
        for (var y = 0; y < plan.Years; y++)
        {
            var year = contract.Term.Calendar.Years[y];
            var id = terms.Framework.For(year);
            if (contract.Frameworks.FirstOrDefault(framework => framework.Id == id) is not { } framework)
            {
                return null;
            }

            var indicators = framework.Indicators.ToArray();
            if (indicators.Any(indicator => indicator.Measure is MetricMeasure { Scoring: not (LinearScoring or BinaryScoring) } || indicator.Measure is not (MetricMeasure or MilestoneMeasure)))
            {
                return null;
            }

            years[y] = new YearScoring(indicators, indicators.Select(indicator => LastAssumptionFor(plan, indicator.Id)).ToArray(), year, terms.Threshold);
            payments[y] = plan.Allocations[y].Providers
                .Where(provider => !provider.Outcome.Amount.IsZero && provider.Exposure is not null)
                .Select(provider => (plan.Parties[provider.Payee.Id], Paid(provider.Exposure!, met: true), Paid(provider.Exposure!, met: false)))
                .ToArray();
        }

        return new OutcomeTerm(years, payments);
    }

    /// <summary>Pays every provider's outcome element for the year; returns whether the alliance reached the threshold.</summary>
    public bool Settle(int yearIndex, decimal[] indicatorValues, CommissionerPayments commissioners, YearTotals totals, long[] outflow)
    {
        var met = _years[yearIndex].Reached(indicatorValues);
        foreach (var (payee, paidIfMet, paidIfNot) in _payments[yearIndex])
        {
            commissioners.Pay(payee, StatementElement.Outcome, met ? paidIfMet : paidIfNot, totals, outflow);
        }

        return met;
    }

    private static long Paid(Domain.Allocation.OutcomeExposure exposure, bool met)
    {
        long paid = 0;
        foreach (var quarter in exposure.Quarters)
        {
            var inQuarter = quarter.Applied ? quarter.Pot - quarter.Exposed + (met ? quarter.Exposed : Money.Zero(quarter.Pot.Currency)) : quarter.Pot;
            paid = checked(paid + inQuarter.ToMinorUnits());
        }

        return paid;
    }

    /// <summary>Of two results for one indicator the rule uses the last, so the last assumption written for it.</summary>
    private static int LastAssumptionFor(SimulationPlan plan, Id<Indicator> indicator)
    {
        var assumptions = plan.Scenario.Indicators;
        for (var i = assumptions.Count - 1; i >= 0; i--)
        {
            if (assumptions[i].Indicator == indicator)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One year's framework, targets and threshold, ready to score a year's indicator values.</summary>
    private sealed class YearScoring
    {
        private readonly Indicator[] _indicators;
        private readonly int[] _assumption;
        private readonly decimal[] _weight;
        private readonly decimal[] _target;
        private readonly decimal _needed;
        private readonly Share _thresholdTimesTotal;
        private readonly bool _weighsNothing;
        private readonly bool _zeroThreshold;
        private readonly Domain.Periods.ContractYear _year;

        public YearScoring(Indicator[] indicators, int[] assumption, Domain.Periods.ContractYear year, Percentage threshold)
        {
            _indicators = indicators;
            _assumption = assumption;
            _year = year;
            _weight = indicators.Select(indicator => indicator.Weight.Fraction).ToArray();
            _target = indicators.Select(indicator => indicator.Measure is MetricMeasure metric ? metric.Target.For(year) : 0m).ToArray();
            var total = indicators.Aggregate(Percentage.Zero, (sum, indicator) => sum + indicator.Weight);
            _needed = threshold.Fraction * total.Fraction;
            _weighsNothing = total == Percentage.Zero;
            _zeroThreshold = threshold.Fraction <= 0m;
            _thresholdTimesTotal = threshold.ToShare() * total.ToShare();
        }

        /// <summary>Σ(weight × score) ≥ threshold × Σ(weights): the weighted score reaches the threshold (a framework weighing nothing scores 0%).</summary>
        public bool Reached(decimal[] values)
        {
            if (_weighsNothing)
            {
                return _zeroThreshold;
            }

            var whole = 0m;
            var part = 0.0;
            var partly = false;
            for (var i = 0; i < _indicators.Length; i++)
            {
                if (_assumption[i] < 0)
                {
                    continue;
                }

                var value = values[_assumption[i]];
                if (_indicators[i].Measure is not MetricMeasure metric)
                {
                    whole += value == 1m ? _weight[i] : 0m;
                    continue;
                }

                var (score, fraction) = Score(metric, value, _target[i]);
                if (score == 1)
                {
                    whole += _weight[i];
                }
                else if (score < 0)
                {
                    part += (double)_weight[i] * fraction;
                    partly = true;
                }
            }

            if (!partly)
            {
                return whole >= _needed;
            }

            var margin = (double)whole + part - (double)_needed;
            return Math.Abs(margin) > Margin ? margin > 0 : ReachedExactly(values);
        }

        /// <summary>
        /// A metric's score: 1 or 0 exactly (fraction unused), or −1 with the fraction of a linear score part way, as a
        /// double. Progress is (value − baseline) ÷ (target − baseline) when higher is better, mirrored when lower is.
        /// </summary>
        private static (int Score, double Fraction) Score(MetricMeasure metric, decimal value, decimal target)
        {
            if (target == metric.Baseline)
            {
                var atLeastAsGood = metric.Direction == MetricDirection.HigherIsBetter ? value >= target : value <= target;
                return (atLeastAsGood ? 1 : 0, 0);
            }

            var (gain, range) = metric.Direction == MetricDirection.HigherIsBetter
                ? (value - metric.Baseline, target - metric.Baseline)
                : (metric.Baseline - value, metric.Baseline - target);
            var full = range > 0 ? gain >= range : gain <= range;
            if (full)
            {
                return (1, 0);
            }

            var none = range > 0 ? gain <= 0 : gain >= 0;
            if (metric.Scoring is BinaryScoring || none)
            {
                return (0, 0);
            }

            return (-1, (double)gain / (double)range);
        }

        private bool ReachedExactly(decimal[] values)
        {
            var weighted = Share.Zero;
            for (var i = 0; i < _indicators.Length; i++)
            {
                if (_assumption[i] < 0)
                {
                    continue;
                }

                var value = values[_assumption[i]];
                var score = _indicators[i].Measure is MetricMeasure metric
                    ? IndicatorScorer.ScoreFor(metric.Scoring, IndicatorScorer.Progress(metric, value, metric.Target.For(_year)))
                    : value == 1m ? Share.Whole : Share.Zero;
                weighted += _indicators[i].Weight.ToShare() * score;
            }

            return weighted >= _thresholdTimesTotal;
        }
    }
}
