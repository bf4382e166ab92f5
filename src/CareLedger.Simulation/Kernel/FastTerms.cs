using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.Domain.Settlement.Rules.Population;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.Settlement.Rules.Variable;
using CareLedger.Simulation.Model;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// The drawn mechanisms of one contract, compiled: the volume variance always (<see cref="VolumeTerm"/>), the outcome
/// element when it is all-or-nothing on binary or linear scores (<see cref="OutcomeTerm"/>), the risk/reward share
/// when its plans and caps are whole pennies (<see cref="RiskShareTerm"/>); every other drawn mechanism the contract
/// uses (patient choice, population tolerance, shared savings, corridors, an outcome element paid otherwise, a risk
/// share the term does not cover) is settled with the engine's own rule, on actuals that hold only what those rules
/// read (<see cref="Needed"/>). Rules never read each other's lines, so the parts add.
/// </summary>
internal sealed class FastTerms
{
    private readonly VolumeTerm[] _volume;
    private readonly OutcomeTerm? _outcome;
    private readonly RiskShareTerm? _riskShare;
    private readonly SettlementRules? _byEngine;
    private readonly CommissionerPayments _commissioners;
    private readonly SimulationPlan _plan;

    private FastTerms(SimulationPlan plan, VolumeTerm[] volume, OutcomeTerm? outcome, RiskShareTerm? riskShare, SettlementRules? byEngine, ActualsNeeded needed)
    {
        _plan = plan;
        _volume = volume;
        _outcome = outcome;
        _riskShare = riskShare;
        _byEngine = byEngine;
        Needed = needed;
        _commissioners = new CommissionerPayments(plan.Contract, plan.Parties);
    }

    /// <summary>The actuals the mechanisms settled by the engine's rules read; the rest come from the year's figures directly.</summary>
    public ActualsNeeded Needed { get; }

    /// <summary>The parties (by index) paid a volume variance that a cap or collar can hold.</summary>
    public IReadOnlySet<int> VolumeBounded => _volume.Where(term => term.Bounded).Select(term => term.Payee).ToHashSet();

    /// <summary>The mechanisms still settled by the engine's rules, by name (for the documentation and tests).</summary>
    public IReadOnlyList<string> ByEngine => _byEngine?.InOrder.Select(rule => rule.GetType().Name).ToArray() ?? [];

    public static FastTerms Compile(SimulationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var contract = plan.Contract;
        var volume = VolumeTerm.Compile(plan).ToArray();
        var outcome = OutcomeTerm.Compile(plan);
        var choice = contract.Payment.Variable?.Mechanisms.OfType<PatientChoiceMechanism>().ToArray() ?? [];
        var rules = SettlementRules.Empty;
        if (choice.Any(mechanism => !Inert(plan, mechanism)))
        {
            rules = rules.Add(new PatientChoiceRule());
        }

        if (outcome is null && contract.Payment.Outcome is not null)
        {
            rules = rules.Add(new OutcomeRule());
        }

        var riskShare = contract.RiskReward.Items.Any(item => item.MovesMoney) ? RiskShareTerm.Compile(plan) : null;
        if (riskShare is null && contract.RiskReward.Items.Any(item => item.MovesMoney))
        {
            rules = rules.Add(new RiskShareRule());
        }

        if (contract.Population is not null)
        {
            rules = rules.Add(new PopulationToleranceRule());
        }

        if (contract.SharedSavings.Count > 0)
        {
            rules = rules.Add(new SharedSavingsRule());
        }

        if (contract.Corridors.Count > 0)
        {
            rules = rules.Add(new CorridorRule());
        }

        // Patient choice reads the activity of its group's providers on its lines; nothing else the engine settles here reads activity.
        var cells = choice.Any(mechanism => !Inert(plan, mechanism))
            ? Enumerable.Range(0, plan.Model.Cells.Count).Where(c => choice.Any(mechanism => InGroup(plan.Model.Cells[c], mechanism))).ToArray()
            : [];
        var needed = rules.InOrder.Length == 0 ? ActualsNeeded.None : new ActualsNeeded(cells, Indicators: outcome is null || contract.SharedSavings.Count > 0);
        return new FastTerms(plan, volume, outcome, riskShare, rules.InOrder.Length > 0 ? rules : null, needed);
    }

    /// <summary>
    /// True when one activity assumption moves every cell of the group on the mechanism's lines: then each provider's
    /// actual activity is m × its plan for the one draw m, its actual share m·pᵢ ÷ m·P is exactly its planned share,
    /// and the rule moves nothing in any year (or notes that there is no activity, when m is 0). So the year does no work.
    /// </summary>
    private static bool Inert(SimulationPlan plan, PatientChoiceMechanism mechanism) =>
        plan.Model.Cells.Where(cell => InGroup(cell, mechanism)).Select(cell => cell.Assumption).Distinct().Count() <= 1;

    private static bool InGroup(ActivityCell cell, PatientChoiceMechanism mechanism) =>
        mechanism.Providers.Contains(cell.Provider) && mechanism.Scope.Matches(cell.ServiceLine, cell.Provider);

    /// <summary>Adds the year's drawn movements into <paramref name="totals"/> and the pool's outflow, and what happened into <paramref name="events"/>.</summary>
    public void Settle(int year, SimulatedYear inputs, YearTotals totals, long[] outflow, YearEvents events)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var y = year - 1;
        foreach (var term in _volume)
        {
            if (term.Settle(y, inputs.VolumeMultipliers, inputs.VolumeInMicros ? inputs.VolumeMicros : null, _commissioners, totals, outflow))
            {
                events.VolumeHeld[term.Payee] = true;
            }
        }

        _outcome?.Settle(y, inputs.IndicatorValues, _commissioners, totals, outflow);
        _riskShare?.Settle(y, inputs, totals);
        if (_byEngine is not null)
        {
            var contractYear = _plan.Contract.Term.Calendar.Years[y];
            FixedYear.Add(YearMovements.Of(_byEngine, _plan.Budget, _plan.Allocations, inputs.Actuals, contractYear), _plan.Parties, totals, outflow);
        }
    }
}
