using CareLedger.Domain.Actuals;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// Something a party controls that the contract pays on, set to a position: a cell's activity (whole units), a risk
/// item's spend (whole pounds), or an indicator met or missed (1 or 0). <see cref="Apply"/> gives the year's actuals
/// with the lever at a position, everything else as projected.
/// </summary>
internal abstract class Lever(string kind, string name, string? controller, LeverAim aim)
{
    public string Kind { get; } = kind;

    public string Name { get; } = name;

    /// <summary>The party whose lever it is (null when every participant shares it, as a risk item's spend).</summary>
    public string? Controller { get; } = controller;

    public LeverAim Aim { get; } = aim;

    /// <summary>The operating point: the projected position.</summary>
    public abstract long Central { get; }

    /// <summary>The positions examined, least first; a step is one unit (one unit of activity, one pound, met or missed).</summary>
    public abstract (long From, long To) Range { get; }

    /// <summary>How many positions one marginal step spans (1 for activity and indicators; £100 for spend, so a share is a whole number of pence).</summary>
    public virtual long Step => 1;

    public abstract ContractActuals Apply(ContractActuals actuals, long position);

    /// <summary>What one step of the lever is, for an explanation: "unit", "£1", "met".</summary>
    public abstract string Unit { get; }
}
