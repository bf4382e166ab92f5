namespace CareLedger.Simulation.Incentives;

/// <summary>What the contract means a lever to do: a provider should not gain from moving a lever the contract means to reduce, nor lose from one it means to encourage.</summary>
public enum LeverAim
{
    /// <summary>The contract says nothing about its direction (activity on a line no risk item covers).</summary>
    Neutral,

    /// <summary>Spend against a risk item's plan, and activity on a line a risk item covers: meant to come down.</summary>
    Reduce,

    /// <summary>An outcome indicator met: meant to be encouraged.</summary>
    Encourage,
}
