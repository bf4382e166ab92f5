using CareLedger.Domain.Settlement.Rules.Corrections;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.Settlement.Rules.Instalments;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.Domain.Settlement.Rules.Population;
using CareLedger.Domain.Settlement.Rules.Reimbursement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.Settlement.Rules.Variable;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// The payment mechanisms a settlement runs, in order: an immutable list built with <see cref="Add"/>.
/// <see cref="Default"/> holds every mechanism CareLedger ships; a host (the CLI, a server, a simulation) settles
/// with it, or with a composition of its own that adds a mechanism. Order matters only for the order of lines on
/// a statement: every rule reads the contract and actuals, never another rule's lines.
/// </summary>
public sealed class SettlementRules
{
    private readonly ISettlementRule[] _rules;

    private SettlementRules(ISettlementRule[] rules) => _rules = rules;

    /// <summary>No mechanisms: a statement from it is empty. Start here to compose a settlement from scratch.</summary>
    public static SettlementRules Empty { get; } = new([]);

    /// <summary>Every mechanism CareLedger ships, in the order their lines appear on a statement.</summary>
    public static SettlementRules Default { get; } = Empty
        .Add(new InstalmentRule())
        .Add(new CostReimbursementRule())
        .Add(new VolumeVarianceRule())
        .Add(new PatientChoiceRule())
        .Add(new OutcomeRule())
        .Add(new RiskShareRule())
        .Add(new PopulationToleranceRule())
        .Add(new SharedSavingsRule())
        .Add(new CorridorRule())
        .Add(new CorrectionRule());

    public IReadOnlyList<ISettlementRule> Rules => _rules;

    /// <summary>The rules as an array, so the engine's loop (run thirteen times per year end) does not allocate.</summary>
    internal ISettlementRule[] InOrder => _rules;

    /// <summary>A new composition with <paramref name="rule"/> run after the others; this one is unchanged.</summary>
    public SettlementRules Add(ISettlementRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new SettlementRules([.. _rules, rule]);
    }
}
