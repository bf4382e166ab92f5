namespace CareLedger.Simulation.Kernel;

/// <summary>Events of one simulated year that the totals alone do not show; reset for every year.</summary>
internal sealed class YearEvents(int parties)
{
    /// <summary>Per party: a volume mechanism's amount was held at its cap or collar.</summary>
    public bool[] VolumeHeld { get; } = new bool[parties];

    /// <summary>True when the engine's rules settled the year (no compiled terms); the flags above are then not observed.</summary>
    public bool FromEngine { get; set; }

    public void Clear()
    {
        Array.Clear(VolumeHeld);
        FromEngine = false;
    }
}
