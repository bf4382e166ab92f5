using CareLedger.Domain;
using CareLedger.Domain.Actuals;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// A risk/reward item's spend in whole pounds, from half its plan to half as much again; a marginal step is £100, so
/// each share of it is a whole number of pence. Spend is meant to come down.
/// </summary>
internal sealed class RiskSpendLever : Lever
{
    private readonly int _row;

    public RiskSpendLever(ContractActuals central, int row, string name)
        : base("risk-spend", name, null, LeverAim.Reduce)
    {
        _row = row;
        var item = central.RiskItems[row];
        Currency = item.Actual.Currency;
        Central = (long)Math.Round(item.Actual.Amount, MidpointRounding.AwayFromZero);
        var plan = (item.Planned ?? item.Actual).Amount;
        Range = ((long)Math.Round(plan * 0.5m, MidpointRounding.AwayFromZero), (long)Math.Round(plan * 1.5m, MidpointRounding.AwayFromZero));
        Planned = item.Planned;
    }

    public Currency Currency { get; }

    public Money? Planned { get; }

    public override long Central { get; }

    public override (long From, long To) Range { get; }

    public override long Step => 100;

    public override string Unit => "£1 of spend";

    public override ContractActuals Apply(ContractActuals actuals, long position)
    {
        var risks = actuals.RiskItems.ToArray();
        risks[_row] = risks[_row] with { Actual = new Money(position, Currency) };
        return actuals with { RiskItems = risks };
    }
}
