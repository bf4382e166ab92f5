using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// An outcome indicator missed (0) or met (1): a milestone not achieved or achieved; a metric at its baseline or at
/// the year's target. Meeting it is meant to be encouraged.
/// </summary>
internal sealed class IndicatorLever : Lever
{
    private readonly int _row;
    private readonly IndicatorResult _missed;
    private readonly IndicatorResult _met;

    public IndicatorLever(ContractActuals central, int row, Indicator indicator, ContractYear year)
        : base("indicator", indicator.Id.Value, null, LeverAim.Encourage)
    {
        _row = row;
        var result = central.Indicators[row];
        Weight = indicator.Weight;
        (_missed, _met) = indicator.Measure switch
        {
            MetricMeasure metric => (result with { Status = null, Value = metric.Baseline }, result with { Status = null, Value = metric.Target.For(year) }),
            _ => (result with { Status = MilestoneStatus.NotAchieved, Value = null }, result with { Status = MilestoneStatus.Achieved, Value = null }),
        };
        Central = result.Status == MilestoneStatus.Achieved || (result.Value is { } value && indicator.Measure is MetricMeasure m && Reached(m, value, year)) ? 1 : 0;
    }

    public Percentage Weight { get; }

    public override long Central { get; }

    public override (long From, long To) Range => (0, 1);

    public override string Unit => "met";

    public override ContractActuals Apply(ContractActuals actuals, long position)
    {
        var indicators = actuals.Indicators.ToArray();
        indicators[_row] = position == 1 ? _met : _missed;
        return actuals with { Indicators = indicators };
    }

    private static bool Reached(MetricMeasure metric, decimal value, ContractYear year) =>
        metric.Direction == MetricDirection.HigherIsBetter ? value >= metric.Target.For(year) : value <= metric.Target.For(year);
}
