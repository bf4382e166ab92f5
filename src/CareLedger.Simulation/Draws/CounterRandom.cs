namespace CareLedger.Simulation.Draws;

/// <summary>
/// A counter-based random source: the uniform for (seed, run, year, variable) is a pure function of those four
/// numbers (SplitMix64's finaliser applied to them in turn), not the next value of a shared stream. So a run draws the
/// same numbers whichever thread runs it and whatever ran before, and results are identical byte for byte for a seed on
/// any number of threads. SplitMix64's finaliser passes BigCrush as a hash of a counter; 53 bits make the double.
/// </summary>
internal static class CounterRandom
{
    /// <summary>A uniform in the open interval (0, 1): never 0 or 1, so every inverse distribution function is finite.</summary>
    public static double Uniform(ulong seed, long run, int year, int variable)
    {
        unchecked
        {
            var h = Mix(seed + 0x9E3779B97F4A7C15UL);
            h = Mix(h ^ (ulong)run);
            h = Mix(h ^ (((ulong)(uint)year << 32) | (uint)variable));
            return ((h >> 11) + 0.5) * (1.0 / 9007199254740992.0);
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
