using CareLedger.Domain.Budgets;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Tariff;

/// <summary>
/// A simulated year paid by activity, the "what would this cost under tariff?" baseline: the commissioners pay each
/// provider, for every budget cell the scenario gives activity, the year's activity × its unit price — activity =
/// planned × the volume multiplier drawn for the year, exactly, and each cell's payment rounded once to the penny,
/// half away from zero. A cell the scenario gives no activity has nothing to price, so it is paid its budget for the
/// year, as the contract plans it. No budget limits the total, and nothing else is paid: no caps or collars, no
/// outcome element, no shares of risk or reward, no fees. Funders pay as in the contract (the host of a pooled budget,
/// then the others' shares; or each its share directly).
/// </summary>
internal sealed class ActivityTariffYear : IYearSettlement
{
    private readonly SimulationPlan _plan;
    private readonly CommissionerPayments _commissioners;
    private readonly PoolSplit _pool;
    private readonly long[] _outflow = new long[YearTotals.Elements];
    private readonly decimal[] _paid;

    // Each activity cell's provider by party index, looked up once: a year reads them by position.
    private readonly int[] _cellParty;

    // Per year, per party: the budget of the cells the scenario gives no activity (minor units).
    private readonly long[][] _unpriced;

    public ActivityTariffYear(SimulationPlan plan)
    {
        _plan = plan;
        _commissioners = new CommissionerPayments(plan.Contract, plan.Parties);
        _pool = new PoolSplit(plan.Contract, plan.Parties);
        _paid = new decimal[plan.Parties.Count];
        _cellParty = plan.Model.Cells.Select(cell => plan.Parties[cell.Provider]).ToArray();
        Totals = new YearTotals(plan.Parties.Count);
        Events = new YearEvents(plan.Parties.Count);
        var priced = plan.Model.Cells.Select(cell => new BudgetCellKey(cell.ServiceLine, cell.Provider)).ToHashSet();
        _unpriced = plan.Budget.Years.Select(year => Unpriced(year, priced, plan.Parties)).ToArray();
    }

    public YearTotals Totals { get; }

    public YearEvents Events { get; }

    /// <summary>The element the payments are recorded under: activity paid at its price is what a variable element pays.</summary>
    public static StatementElement Element => StatementElement.Variable;

    public YearTotals Settle(int year, SimulatedYear inputs)
    {
        Totals.Clear();
        Array.Clear(_outflow);
        Array.Clear(_paid);
        var cells = _plan.Model.Cells;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var activity = cell.PlannedByYear[year - 1] * inputs.VolumeMultipliers[cell.Assumption];
            var payment = Math.Round(activity * cell.PriceByYear[year - 1].Amount, 2, MidpointRounding.AwayFromZero);
            _paid[_cellParty[c]] += payment;
        }

        var unpriced = _unpriced[year - 1];
        for (var p = 0; p < _paid.Length; p++)
        {
            var units = checked((long)(_paid[p] * 100m) + unpriced[p]);
            _commissioners.Pay(p, Element, units, Totals, _outflow);
        }

        _pool.Apportion(_outflow, Totals);
        return Totals;
    }

    private static long[] Unpriced(BudgetYear year, HashSet<BudgetCellKey> priced, PartyIndex parties)
    {
        var units = new long[parties.Count];
        foreach (var cell in year.Cells.Where(cell => !priced.Contains(cell.Key)))
        {
            units[parties[cell.Key.Provider]] += cell.Amount.ToMinorUnits();
        }

        return units;
    }
}
