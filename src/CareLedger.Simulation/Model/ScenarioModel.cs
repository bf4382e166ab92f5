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
/// <item>inflation: the index (ten places) × (1 + the draw rounded to six places), from the second year; a party's cost
/// = first-year cost (to the penny) × index × (1 + its variation rounded to six places), worked exactly in whole
/// numbers and rounded to the penny, half away from zero;</item>
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
        AllCells = Enumerable.Range(0, Cells.Count).ToArray();
        _costs = scenario.Costs.Select(cost => (parties[cost.Party], cost.Amount.Round(RoundingRule.HalfUp).ToMinorUnits(), _index[cost.Variation.Id])).ToArray();
        Milestones = contract.Frameworks.SelectMany(framework => framework.Indicators).Where(indicator => indicator.Measure is MilestoneMeasure).Select(indicator => indicator.Id).ToHashSet();
        _indicators = scenario.Indicators.Select(item => (_index[item.Result.Id], Milestones.Contains(item.Indicator))).ToArray();
        _riskSpend = scenario.RiskItems.Select(item => _index[item.Spend.Id]).ToArray();
        _costParties = _costs.Select(cost => cost.Party).Distinct().ToArray();
    }

    // Each cost's party, first-year amount and variable, and each indicator result's variable and whether it is a
    // milestone, looked up once: a simulated year reads them by position.
    private readonly (int Party, long Amount, int Variable)[] _costs;
    private readonly (int Variable, bool Milestone)[] _indicators;
    private readonly int[] _riskSpend;

    // The parties with a cost of delivery, in the order the scenario first gives one: one actual-cost row each, the
    // sum of the party's costs, which is what a fixed-element surplus or a whole-contract risk share measures.
    private readonly int[] _costParties;

    public Contract Contract { get; }

    public PartyIndex Parties { get; }

    public IReadOnlyList<ActivityCell> Cells { get; }

    /// <summary>Every cell's index: the activity a full year's actuals hold.</summary>
    private int[] AllCells { get; }

    /// <summary>The variable of each activity assumption, in order.</summary>
    public int[] ActivityVariables { get; }

    private HashSet<Id<Indicator>> Milestones { get; }

    public RunState Start() => new(Contract.Population?.Size ?? 0);

    /// <summary>A buffer for one year's inputs, sized for this scenario: one per thread, refilled every year.</summary>
    public SimulatedYear NewYear() => new(_scenario.Activity.Count, _partyCount, _indicators.Length, _scenario.RiskItems.Count);

    /// <summary>The actuals and costs of contract year <paramref name="year"/> (1-based) from its draws, in a new buffer; advances <paramref name="state"/>.</summary>
    /// <param name="needed">
    /// Which actuals to build: null for all of them (what the engine settles on); else only what the mechanisms the
    /// kernel settles with the engine's rules read, the compiled terms taking their figures from the multipliers,
    /// indicator values, spend and costs directly, so a simulated year does not build a row per budget cell it never reads.
    /// </param>
    public SimulatedYear Year(int year, double[] values, RunState state, bool central = false, ActualsNeeded? needed = null)
    {
        var inputs = NewYear();
        Fill(year, values, state, inputs, central, needed);
        return inputs;
    }

    /// <summary>As <see cref="Year"/>, into a thread's own buffer: only the actuals (when needed) are new objects.</summary>
    public void Fill(int year, double[] values, RunState state, SimulatedYear into, bool central = false, ActualsNeeded? needed = null)
    {
        ArgumentNullException.ThrowIfNull(into);
        var multipliers = into.VolumeMultipliers;
        into.VolumeInMicros = true;
        for (var i = 0; i < multipliers.Length; i++)
        {
            multipliers[i] = VolumeMultiplier(values[ActivityVariables[i]]);
            if (multipliers[i] <= SimulatedYear.MostMicros)
            {
                into.VolumeMicros[i] = (long)(multipliers[i] * 1_000_000m);
            }
            else
            {
                into.VolumeInMicros = false;
            }
        }

        var previousHeads = state.PreviousHeads;
        var heads = previousHeads;
        if (_scenario.PopulationGrowth is { } growth && Contract.Population is not null)
        {
            heads = year == 1 ? previousHeads : (int)Math.Round(previousHeads * (1m + Six(values[_index[growth.Id]])), MidpointRounding.AwayFromZero);
            state.PreviousHeads = heads;
        }

        if (year > 1 && _scenario.Inflation is { } inflation)
        {
            state.InflationIndex = Math.Round(state.InflationIndex * (1m + Six(values[_index[inflation.Id]])), 10, MidpointRounding.AwayFromZero);
        }

        var costs = into.Costs;
        Array.Clear(costs);
        var index = (Int128)(state.InflationIndex * 10_000_000_000m);
        for (var i = 0; i < _costs.Length; i++)
        {
            var (party, amount, variable) = _costs[i];
            costs[party] = checked(costs[party] + Cost(amount, index, values[variable]));
        }

        var indicatorValues = into.IndicatorValues;
        for (var i = 0; i < indicatorValues.Length; i++)
        {
            var (variable, milestone) = _indicators[i];
            indicatorValues[i] = IndicatorValue(milestone, values[variable], central);
        }

        for (var i = 0; i < _riskSpend.Length; i++)
        {
            into.RiskSpend[i] = Pence(values[_riskSpend[i]]);
        }

        into.Actuals = needed is { Rows: false } ? ContractActuals.Empty : Actuals(year, values, into, previousHeads, heads, needed);
    }

    /// <summary>The year's actuals as a settlement reads them, from the figures already drawn into <paramref name="inputs"/>.</summary>
    private ContractActuals Actuals(int year, double[] values, SimulatedYear inputs, int previousHeads, int heads, ActualsNeeded? needed)
    {
        var contractYear = _years[year - 1];
        var period = contractYear.AsPeriod();
        var cellsNeeded = needed?.ActivityCells ?? AllCells;
        var activity = new ActivityActual[cellsNeeded.Length];
        for (var i = 0; i < cellsNeeded.Length; i++)
        {
            var cell = Cells[cellsNeeded[i]];
            var planned = cell.PlannedByYear[year - 1];
            activity[i] = new ActivityActual(period, cell.Provider, cell.ServiceLine, planned, planned * inputs.VolumeMultipliers[cell.Assumption], cell.PriceByYear[year - 1], null, null);
        }

        var population = new List<PopulationActual>(2);
        if (_scenario.PopulationGrowth is not null && Contract.Population is not null)
        {
            if (year > 1)
            {
                population.Add(new PopulationActual(_years[year - 2], previousHeads));
            }

            population.Add(new PopulationActual(contractYear, heads));
        }

        IndicatorResult[] indicators = needed is { Indicators: false } ? [] : _scenario.Indicators.Select((item, i) => Result(period, item, inputs.IndicatorValues[i])).ToArray();
        var risks = _scenario.RiskItems.Select((item, i) => new RiskItemActual(contractYear, item.Item, item.Planned, Money.FromMinorUnits(inputs.RiskSpend[i], Contract.Currency))).ToArray();
        var costs = _costParties.Select(party => new ProviderCostActual(contractYear, Parties.Parties[party].Id, Money.FromMinorUnits(inputs.Costs[party], Contract.Currency))).ToArray();
        var benchmarks = _scenario.Benchmarks.Select(item => new BenchmarkActual(contractYear, item.Terms, PenceMoney(values[_index[item.Expenditure.Id]]), null, null, item.QualityScore)).ToArray();
        var corridors = _scenario.Corridors.Select(item => new CorridorActual(contractYear, item.Corridor, PenceMoney(values[_index[item.Cost.Id]]), null)).ToArray();
        return new ContractActuals(activity, indicators, population, risks, costs, benchmarks, corridors, []);
    }

    /// <summary>
    /// A party's cost in pennies: first-year cost (pennies) × index (ten places) × (1 + the variation to six places),
    /// worked in whole numbers and rounded once to the penny, half away from zero.
    /// </summary>
    private static long Cost(long amount, Int128 index, double variation)
    {
        var factor = 1_000_000 + (long)(Six(variation) * 1_000_000m);
        var exact = amount * index * factor;
        var (pennies, rest) = Int128.DivRem(exact, CostScale);
        var half = Int128.Abs(rest) * 2 >= CostScale;
        return (long)(half ? pennies + Int128.Sign(exact) : pennies);
    }

    // Ten places of the index and six of the variation.
    private static readonly Int128 CostScale = (Int128)10_000_000_000L * 1_000_000L;

    /// <summary>1 + the volume draw, rounded to six decimal places, never below zero (activity cannot be negative).</summary>
    public static decimal VolumeMultiplier(double draw) => Math.Max(0m, 1m + Six(draw));

    /// <summary>Whether the indicator's result is a milestone's status (true) rather than a measured value.</summary>
    public bool IsMilestone(Id<Indicator> indicator) => Milestones.Contains(indicator);

    /// <summary>An indicator's exact result: a milestone's 1 (achieved) or 0; a metric's value to four decimal places.</summary>
    private static decimal IndicatorValue(bool milestone, double value, bool central) =>
        milestone
            ? (central ? value >= 0.5 : value >= 1) ? 1m : 0m
            : Math.Round(ToDecimal(value), 4, MidpointRounding.AwayFromZero);

    private IndicatorResult Result(ContractPeriod period, IndicatorAssumption item, decimal value) =>
        Milestones.Contains(item.Indicator)
            ? new IndicatorResult(period, item.Indicator, value == 1m ? MilestoneStatus.Achieved : MilestoneStatus.NotAchieved, null, Evidence)
            : new IndicatorResult(period, item.Indicator, null, value, Evidence);

    private Money PenceMoney(double value) => Money.FromMinorUnits(Pence(value), Contract.Currency);

    /// <summary>
    /// A drawn amount of money in minor units: rounded to the penny, half away from zero, never below zero, and held at
    /// £10¹⁵ (a distribution's extreme tail), so that sums of a year's amounts stay within 64-bit pennies.
    /// </summary>
    private static long Pence(double value) => (long)(Math.Clamp(Math.Round(ToDecimal(value), 2, MidpointRounding.AwayFromZero), 0m, MostMoney) * 100m);

    private const decimal MostMoney = 1_000_000_000_000_000m;

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
