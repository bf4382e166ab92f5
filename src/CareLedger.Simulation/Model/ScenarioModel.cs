using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scenarios;

namespace CareLedger.Simulation.Model;

/// <summary>
/// A scenario compiled against its contract: which cells each activity assumption moves and the plan and price of each
/// in every year, and where each draw goes. <see cref="Year"/> turns one year's draws into the actuals the contract
/// settles on. Every draw is made exact at one named point before it reaches the contract:
/// <list type="bullet">
/// <item>activity: actual = plan × m, where m = 1 + the volume draw rounded to six decimal places (never below 0);</item>
/// <item>population: heads = last year's heads × (1 + growth draw), rounded to whole people, half away from zero;
/// the first year is the contract's population size;</item>
/// <item>inflation: the index × (1 + the draw rounded to six places), from the second year; a party's cost =
/// first-year cost × index × (1 + its variation rounded to six places), rounded to the penny, half away from zero;</item>
/// <item>a metric's value is rounded to four decimal places; a milestone is achieved when its draw is 1 (a central
/// projection: when its probability is at least 50%);</item>
/// <item>spend, expenditure and corridor costs are rounded to the penny and never below zero.</item>
/// </list>
/// </summary>
internal sealed class ScenarioModel
{
    private const string Evidence = "simulated";
    private readonly Scenario _scenario;
    private readonly ContractYear[] _years;
    private readonly Dictionary<string, int> _index;
    private readonly int _partyCount;

    public ScenarioModel(Contract contract, Scenario scenario, PartyIndex parties)
    {
        Contract = contract;
        _scenario = scenario;
        _years = [.. contract.Term.Calendar.Years];
        _index = scenario.Variables.Select((variable, i) => (variable.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i, StringComparer.Ordinal);
        Parties = parties;
        _partyCount = parties.Count;
        Cells = CompileCells();
        ActivityVariables = scenario.Activity.Select(item => _index[item.Volume.Id]).ToArray();
        Milestones = contract.Frameworks.SelectMany(framework => framework.Indicators).Where(indicator => indicator.Measure is MilestoneMeasure).Select(indicator => indicator.Id).ToHashSet();
    }

    public Contract Contract { get; }

    public PartyIndex Parties { get; }

    public IReadOnlyList<ActivityCell> Cells { get; }

    /// <summary>The variable of each activity assumption, in order.</summary>
    public int[] ActivityVariables { get; }

    private HashSet<Id<Indicator>> Milestones { get; }

    public RunState Start() => new(Contract.Population?.Size ?? 0);

    /// <summary>The actuals and costs of contract year <paramref name="year"/> (1-based) from its draws; advances <paramref name="state"/>.</summary>
    public SimulatedYear Year(int year, double[] values, RunState state, bool central = false)
    {
        var contractYear = _years[year - 1];
        var period = contractYear.AsPeriod();
        var multipliers = new decimal[_scenario.Activity.Count];
        for (var i = 0; i < multipliers.Length; i++)
        {
            multipliers[i] = VolumeMultiplier(values[ActivityVariables[i]]);
        }

        var activity = new ActivityActual[Cells.Count];
        for (var c = 0; c < Cells.Count; c++)
        {
            var cell = Cells[c];
            var planned = cell.PlannedByYear[year - 1];
            activity[c] = new ActivityActual(period, cell.Provider, cell.ServiceLine, planned, planned * multipliers[cell.Assumption], cell.PriceByYear[year - 1], null, null);
        }

        var population = new List<PopulationActual>(2);
        if (_scenario.PopulationGrowth is { } growth && Contract.Population is not null)
        {
            var heads = year == 1 ? state.PreviousHeads : (int)Math.Round(state.PreviousHeads * (1m + Six(values[_index[growth.Id]])), MidpointRounding.AwayFromZero);
            if (year > 1)
            {
                population.Add(new PopulationActual(_years[year - 2], state.PreviousHeads));
            }

            population.Add(new PopulationActual(contractYear, heads));
            state.PreviousHeads = heads;
        }

        if (year > 1 && _scenario.Inflation is { } inflation)
        {
            state.InflationIndex = Math.Round(state.InflationIndex * (1m + Six(values[_index[inflation.Id]])), 10, MidpointRounding.AwayFromZero);
        }

        var costs = new long[_partyCount];
        foreach (var cost in _scenario.Costs)
        {
            var amount = cost.Amount.Amount * state.InflationIndex * (1m + Six(values[_index[cost.Variation.Id]]));
            costs[Parties[cost.Party]] += (long)(Math.Round(amount, 2, MidpointRounding.AwayFromZero) * 100m);
        }

        var indicators = _scenario.Indicators.Select(item => Result(period, item, values[_index[item.Result.Id]], central)).ToArray();
        var risks = _scenario.RiskItems.Select(item => new RiskItemActual(contractYear, item.Item, item.Planned, Pence(values[_index[item.Spend.Id]]))).ToArray();
        var benchmarks = _scenario.Benchmarks.Select(item => new BenchmarkActual(contractYear, item.Terms, Pence(values[_index[item.Expenditure.Id]]), null, null, item.QualityScore)).ToArray();
        var corridors = _scenario.Corridors.Select(item => new CorridorActual(contractYear, item.Corridor, Pence(values[_index[item.Cost.Id]]), null)).ToArray();
        var actuals = new ContractActuals(activity, indicators, population, risks, [], benchmarks, corridors, []);
        return new SimulatedYear(actuals, costs, multipliers);
    }

    /// <summary>1 + the volume draw, rounded to six decimal places, never below zero (activity cannot be negative).</summary>
    public static decimal VolumeMultiplier(double draw) => Math.Max(0m, 1m + Six(draw));

    private IndicatorResult Result(ContractPeriod period, IndicatorAssumption item, double value, bool central)
    {
        if (Milestones.Contains(item.Indicator))
        {
            var achieved = central ? value >= 0.5 : value >= 1;
            return new IndicatorResult(period, item.Indicator, achieved ? MilestoneStatus.Achieved : MilestoneStatus.NotAchieved, null, Evidence);
        }

        return new IndicatorResult(period, item.Indicator, null, Math.Round(ToDecimal(value), 4, MidpointRounding.AwayFromZero), Evidence);
    }

    private Money Pence(double value) => new Money(Math.Max(0m, Math.Round(ToDecimal(value), 2, MidpointRounding.AwayFromZero)), Contract.Currency);

    private static decimal Six(double value) => Math.Round(ToDecimal(value), 6, MidpointRounding.AwayFromZero);

    // A draw far outside what decimal holds (a lognormal's extreme tail) is held at decimal's range, not an overflow.
    private static decimal ToDecimal(double value) =>
        double.IsNaN(value) ? 0m : value >= 7.9e27 ? 7.9e27m : value <= -7.9e27 ? -7.9e27m : (decimal)value;

    /// <summary>
    /// Each in-scope baseline cell is moved by the most specific activity assumption that covers it (provider and line,
    /// then line, then provider, then everything; the first written among equals); cells no assumption covers have no
    /// activity rows.
    /// </summary>
    private ActivityCell[] CompileCells()
    {
        var inScope = Contract.ServiceLines.Where(line => line.InScope).Select(line => line.Id).ToHashSet();
        var cells = new List<ActivityCell>();
        foreach (var baseline in Contract.Baseline.Cells.Where(cell => inScope.Contains(cell.ServiceLine)).DistinctBy(cell => (cell.Provider, cell.ServiceLine)))
        {
            var best = _scenario.Activity
                .Select((item, i) => (item, i))
                .Where(pair => (pair.item.Provider is null || pair.item.Provider == baseline.Provider) && (pair.item.ServiceLine is null || pair.item.ServiceLine == baseline.ServiceLine))
                .OrderByDescending(pair => (pair.item.Provider is null ? 0 : 2) + (pair.item.ServiceLine is null ? 0 : 1))
                .ThenBy(pair => pair.i)
                .FirstOrDefault();
            if (best.item is null)
            {
                continue;
            }

            var planned = new decimal[_years.Length];
            var prices = new Money[_years.Length];
            decimal plannedFactor = 1m, priceFactor = 1m;
            for (var y = 0; y < _years.Length; y++)
            {
                planned[y] = Math.Round(best.item.Planned * plannedFactor, 2, MidpointRounding.AwayFromZero);
                prices[y] = new Money(Math.Round(best.item.UnitPrice.Amount * priceFactor, 2, MidpointRounding.AwayFromZero), Contract.Currency);
                plannedFactor = Math.Round(plannedFactor * (1m + best.item.PlannedGrowth.Fraction), 12, MidpointRounding.AwayFromZero);
                priceFactor = Math.Round(priceFactor * (1m + best.item.PriceGrowth.Fraction), 12, MidpointRounding.AwayFromZero);
            }

            cells.Add(new ActivityCell(baseline.Provider, baseline.ServiceLine, best.i, planned, prices));
        }

        return [.. cells];
    }
}
