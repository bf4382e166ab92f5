using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;
using CareLedger.Simulation.Results;

namespace CareLedger.Simulation;

/// <summary>
/// Projects a contract over its term under one scenario: every uncertain input at its central value (its mean; a
/// milestone met when its probability is at least 50%), each year's actuals made exactly as a simulated year's are,
/// and each year settled in full by <see cref="SettlementEngine"/> — the same rules and rounding as any settlement.
/// </summary>
public static class Projector
{
    public static ProjectionResult Project(Contract contract, Scenario scenario)
    {
        var plan = new SimulationPlan(contract, scenario);
        var values = new double[plan.Draws.Count];
        plan.Draws.Central(values);
        var state = plan.Model.Start();
        var years = contract.Term.Calendar.Years;
        var byParty = contract.Parties.Select(_ => new List<ProjectedYear>()).ToArray();
        var withCost = scenario.Costs.Select(cost => plan.Parties[cost.Party]).ToHashSet();
        foreach (var year in years)
        {
            var inputs = plan.Model.Year(year.Number, values, state, central: true);
            var totals = SettlementEngine.SettleTotals(plan.Budget, plan.Allocations, inputs.Actuals, year.AsPeriod());
            for (var p = 0; p < contract.Parties.Count; p++)
            {
                var party = contract.Parties[p].Id;
                var elements = Enum.GetValues<StatementElement>()
                    .Select(element => (element, amount: totals.EntitlementOf(party, element)))
                    .Where(pair => !pair.amount.IsZero)
                    .ToDictionary(pair => pair.element, pair => pair.amount);
                var income = totals.EntitlementOf(party);
                Money? cost = withCost.Contains(p) ? Money.FromMinorUnits(inputs.Costs[p], contract.Currency) : null;
                byParty[p].Add(new ProjectedYear(year.Label, elements, income, cost, cost is { } c ? income - c : null));
            }
        }

        var parties = contract.Parties.Select((party, p) => new ProjectedParty(party.Id.Value, party.Name, byParty[p], Term(byParty[p], contract.Currency)))
            .Where(party => party.Years.Any(year => !year.Income.IsZero || year.Cost is not null))
            .ToArray();
        return new ProjectionResult(contract.Id.Value, scenario.Name, contract.Currency.Code, years.Select(year => year.Label).ToArray(), parties);
    }

    private static ProjectedYear Term(IReadOnlyList<ProjectedYear> years, Currency currency)
    {
        var elements = years.SelectMany(year => year.Elements)
            .GroupBy(pair => pair.Key)
            .OrderBy(group => group.Key)
            .ToDictionary(group => group.Key, group => Money.Sum(group.Select(pair => pair.Value), currency));
        var income = Money.Sum(years.Select(year => year.Income), currency);
        var hasCost = years.Any(year => year.Cost is not null);
        Money? cost = hasCost ? Money.Sum(years.Select(year => year.Cost ?? Money.Zero(currency)), currency) : null;
        return new ProjectedYear("term", elements, income, cost, cost is { } c ? income - c : null);
    }
}
