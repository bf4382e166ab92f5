using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// Does the payment mechanism reward the right behaviour? For one contract year, at the scenario's central values (as
/// <see cref="Projector"/> makes them), every lever a party controls is moved and the year settled again with the
/// engine's rules: each provider's activity on each service line (one unit more, from 80% to 120% of plan), each
/// indicator the scenario gives (met or missed), each included risk/reward item's spend (£1 more, from half its plan to
/// half as much again). Each lever's range is split where its marginal effect changes (<see cref="MarginalSweep"/>), so
/// dead-bands, caps, collars, bands and thresholds show as ranges; each range's effect on the party's own income and on
/// the alliance is a finding, judged and explained by <see cref="IncentiveJudge"/>. Levers are independent, so they run
/// in parallel; the result does not depend on the threads.
/// </summary>
public static class IncentiveAnalysis
{
    public static IncentiveResult Analyse(Contract contract, Scenario scenario, int year, int threads = 1, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(scenario);
        var plan = new SimulationPlan(contract, scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, plan.Years);
        var central = CentralActuals(plan, year);
        var levers = Levers(plan, central, year);
        var judge = new IncentiveJudge(plan, year, levers.OfType<IndicatorLever>().Where(lever => lever.Central == 0).Select(lever => lever.Name).ToArray());
        var findings = new IReadOnlyList<IncentiveFinding>[levers.Count];
        var settlements = new int[levers.Count];
        Parallel.For(
            0,
            levers.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation },
            () => new YearProbe(plan, year),
            (i, _, probe) =>
            {
                var sweep = new MarginalSweep(probe, central, levers[i]);
                findings[i] = judge.Findings(levers[i], sweep.Pieces());
                settlements[i] = sweep.Settlements;
                return probe;
            },
            _ => { });
        var label = contract.Term.Calendar.Years[year - 1].Label;
        return new IncentiveResult(contract.Id.Value, scenario.Name, label, contract.Currency.Code, findings.SelectMany(list => list).ToArray(), settlements.Sum());
    }

    /// <summary>The year's actuals at the central values, the years before it made first so population and inflation carry over.</summary>
    private static ContractActuals CentralActuals(SimulationPlan plan, int year)
    {
        var values = new double[plan.Draws.Count];
        plan.Draws.Central(values);
        var state = plan.Model.Start();
        var actuals = ContractActuals.Empty;
        for (var y = 1; y <= year; y++)
        {
            actuals = plan.Model.Year(y, values, state, central: true).Actuals;
        }

        return actuals;
    }

    private static List<Lever> Levers(SimulationPlan plan, ContractActuals central, int year)
    {
        var contract = plan.Contract;
        var items = contract.RiskReward.Items.Where(item => item.Included && item.Measure == RiskMeasure.SpendAgainstPlan).ToArray();
        var levers = new List<Lever>();
        for (var row = 0; row < central.Activity.Count; row++)
        {
            var cell = central.Activity[row];
            var covering = central.RiskItems.Select((actual, i) => (actual, i))
                .Where(pair => items.Any(item => item.Id == pair.actual.Item && item.Scope.Matches(cell.ServiceLine, cell.Provider)))
                .Select(pair => pair.i)
                .ToArray();
            levers.Add(new ActivityLever(central, row, covering, plan.Parties.Parties[plan.Parties[cell.Provider]].Name));
        }

        var indicators = contract.Frameworks.SelectMany(framework => framework.Indicators).DistinctBy(indicator => indicator.Id).ToDictionary(indicator => indicator.Id);
        var contractYear = contract.Term.Calendar.Years[year - 1];
        for (var row = 0; row < central.Indicators.Count; row++)
        {
            levers.Add(new IndicatorLever(central, row, indicators[central.Indicators[row].Indicator], contractYear));
        }

        for (var row = 0; row < central.RiskItems.Count; row++)
        {
            var item = items.FirstOrDefault(candidate => candidate.Id == central.RiskItems[row].Item);
            if (item is not null)
            {
                levers.Add(new RiskSpendLever(central, row, item.Id.Value));
            }
        }

        return levers;
    }
}
