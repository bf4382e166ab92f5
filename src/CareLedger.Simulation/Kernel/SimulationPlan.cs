using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.Settlement.Rules.Instalments;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.Domain.Settlement.Rules.Population;
using CareLedger.Domain.Settlement.Rules.Reimbursement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.Settlement.Rules.Variable;
using CareLedger.Simulation.Draws;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// A contract and scenario compiled once for simulation. The budget and allocation do not depend on any draw, so they
/// are built once; so are the year-end movements of the mechanisms no scenario input reaches (the fixed element and
/// fees in instalments, reimbursement at cost), per year. Each simulated year then settles only the mechanisms its
/// draws feed (volume, patient choice, outcomes, risk share, population tolerance, shared savings, corridors) —
/// with the engine's own rules or, where one is compiled, a term that computes the same pennies faster — and
/// apportions the pooled budget once over both parts, as a year-end settlement does.
/// </summary>
internal sealed class SimulationPlan
{
    /// <summary>The mechanisms whose inputs never come from a scenario: settled once per year when the plan is compiled.</summary>
    internal static readonly SettlementRules Fixed = SettlementRules.Empty.Add(new InstalmentRule()).Add(new CostReimbursementRule());

    /// <summary>The mechanisms a scenario's draws feed, in the engine's order.</summary>
    internal static readonly SettlementRules Drawn = SettlementRules.Empty
        .Add(new VolumeVarianceRule())
        .Add(new PatientChoiceRule())
        .Add(new OutcomeRule())
        .Add(new RiskShareRule())
        .Add(new PopulationToleranceRule())
        .Add(new SharedSavingsRule())
        .Add(new CorridorRule());

    public SimulationPlan(Contract contract, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(scenario);
        Contract = contract;
        Scenario = scenario;
        Parties = new PartyIndex(contract);
        Model = new ScenarioModel(contract, scenario, Parties);
        Draws = new DrawPlan(scenario);
        Budget = BudgetEngine.Build(contract);
        Allocations = AllocationEngine.Allocate(Budget);
        Years = contract.Term.Calendar.Years.Count;
        FixedMovements = contract.Term.Calendar.Years
            .Select(year => new FixedYear(YearMovements.Of(Fixed, Budget, Allocations, Domain.Actuals.ContractActuals.Empty, year), Parties))
            .ToArray();
        OutcomePots = contract.Term.Calendar.Years.Select(year => OutcomePotsOf(year.Number - 1)).ToArray();
        Terms = FastTerms.Compile(this);
    }

    public Contract Contract { get; }

    public Scenario Scenario { get; }

    public PartyIndex Parties { get; }

    public ScenarioModel Model { get; }

    public DrawPlan Draws { get; }

    public BudgetPlan Budget { get; }

    public IReadOnlyList<YearAllocation> Allocations { get; }

    public int Years { get; }

    internal FixedYear[] FixedMovements { get; }

    /// <summary>Each party's outcome pot per year (minor units, by party index): what "earned in full" is measured against.</summary>
    public long[][] OutcomePots { get; }

    /// <summary>The compiled terms that replace the engine's rules for the drawn mechanisms, or null when some mechanism has none.</summary>
    internal FastTerms? Terms { get; }

    private long[] OutcomePotsOf(int yearIndex)
    {
        var pots = new long[Parties.Count];
        foreach (var provider in Allocations[yearIndex].Providers.Where(provider => provider.Exposure is not null))
        {
            pots[Parties[provider.Payee.Id]] += provider.Outcome.Amount.ToMinorUnits();
        }

        return pots;
    }
}
