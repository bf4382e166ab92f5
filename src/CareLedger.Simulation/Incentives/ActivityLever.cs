using CareLedger.Domain;
using CareLedger.Domain.Actuals;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// A provider's activity on one service line, in whole units, from 80% to 120% of plan. Where a risk/reward item
/// measures spend on the cell (its service lines and providers cover it), each unit more is also its unit price more
/// of that item's spend: the spend is the activity's cost, and the contract means it to come down.
/// </summary>
internal sealed class ActivityLever : Lever
{
    private readonly int _row;
    private readonly int[] _riskRows;
    private readonly long _central;

    public ActivityLever(ContractActuals central, int row, int[] riskRows, string providerName)
        : base("activity", $"{central.Activity[row].ServiceLine} activity", central.Activity[row].Provider.Value, riskRows.Length > 0 ? LeverAim.Reduce : LeverAim.Neutral)
    {
        _row = row;
        _riskRows = riskRows;
        var cell = central.Activity[row];
        ProviderName = providerName;
        Planned = cell.PlannedActivity;
        UnitPrice = cell.UnitPrice;
        _central = (long)Math.Round(cell.ActualActivity, MidpointRounding.AwayFromZero);
        Range = ((long)Math.Round(Planned * 0.8m, MidpointRounding.AwayFromZero), (long)Math.Round(Planned * 1.2m, MidpointRounding.AwayFromZero));
    }

    public string ProviderName { get; }

    public decimal Planned { get; }

    public Money? UnitPrice { get; }

    public override long Central => _central;

    public override (long From, long To) Range { get; }

    public override string Unit => "unit";

    /// <summary>The risk items whose spend follows this activity.</summary>
    public int RiskItems => _riskRows.Length;

    public override ContractActuals Apply(ContractActuals actuals, long position)
    {
        var activity = actuals.Activity.ToArray();
        var cell = activity[_row];
        var moved = position - cell.ActualActivity;
        activity[_row] = cell with { ActualActivity = position };
        var risks = actuals.RiskItems;
        if (_riskRows.Length > 0 && cell.UnitPrice is { } price)
        {
            var changed = risks.ToArray();
            foreach (var row in _riskRows)
            {
                changed[row] = changed[row] with { Actual = Money.Max(Money.Zero(price.Currency), (changed[row].Actual + (price * moved)).Round(RoundingRule.HalfUp)) };
            }

            risks = changed;
        }

        return actuals with { Activity = activity, RiskItems = risks };
    }
}
